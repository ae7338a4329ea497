namespace Homeward.Geo.Crs;

/// <summary>
/// The axis order the EPSG dataset defines for a coordinate reference system. Homeward's own API never uses it: there X is
/// always longitude or easting and Y latitude or northing, as in NetTopologySuite. It matters when exchanging coordinates
/// with tools that follow EPSG, such as PROJ's <c>cs2cs</c>, and when reading Soviet records, whose X is the northing.
/// </summary>
public enum EpsgAxisOrder
{
    /// <summary>Latitude first, then longitude (EPSG:4326, EPSG:4284).</summary>
    LatitudeLongitude,

    /// <summary>Easting first, then northing (the WGS 84 / UTM zones).</summary>
    EastingNorthing,

    /// <summary>Northing (the Soviet X) first, then easting (the Soviet Y): the Pulkovo 1942 Gauss–Krüger zones.</summary>
    NorthingEasting,
}
