namespace Homeward.Geo.Crs;

/// <summary>The geodetic datums Homeward's coordinate reference systems are built on.</summary>
public enum GeodeticDatum
{
    /// <summary>World Geodetic System 1984 (EPSG datum 6326) on the WGS 84 ellipsoid. GPS receivers report it.</summary>
    Wgs84,

    /// <summary>
    /// Pulkovo 1942, "SK-42" (EPSG datum 6284) on the Krassowsky 1940 ellipsoid (a = 6 378 245 m, 1/f = 298.3): the datum
    /// of Soviet topographic maps and of most legacy minefield records of the region.
    /// </summary>
    Pulkovo1942,
}
