using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ProjNet.CoordinateSystems;

namespace Homeward.Geo.Crs;

/// <summary>
/// A coordinate reference system Homeward can transform between: the catalogue of the region (<see cref="Regional"/>)
/// and every WGS 84 / UTM zone (<see cref="Utm"/>). Identified by its EPSG code (<see cref="Srid"/>).
/// </summary>
/// <remarks>
/// In every Homeward API, X is the longitude or easting and Y the latitude or northing, as in NetTopologySuite, whatever
/// the EPSG axis order (<see cref="EpsgAxisOrder"/>). Geographic CRSs are in decimal degrees, projected ones in metres.
/// Instances are immutable and thread-safe; two instances are equal when their SRIDs are.
/// </remarks>
public sealed class CoordinateReferenceSystem : IEquatable<CoordinateReferenceSystem>
{
    private const int UtmNorthBase = 32600;
    private const int UtmSouthBase = 32700;

    // Every WGS 84 / UTM zone, built once: index 0..59 north (EPSG:32601..32660), 60..119 south (EPSG:32701..32760).
    private static readonly CoordinateReferenceSystem[] UtmZones = [.. Enumerable.Range(0, 120).Select(i => CreateUtm(i % 60 + 1, i < 60))];

    private CoordinateReferenceSystem(
        int srid,
        string name,
        GeodeticDatum datum,
        EpsgAxisOrder axisOrder,
        int? zone = null,
        TransverseMercatorParameters? projection = null)
    {
        Zone = zone;
        Srid = srid;
        Name = name;
        Datum = datum;
        EpsgAxisOrder = axisOrder;
        Projection = projection;
    }

    /// <summary>WGS 84 geographic (EPSG:4326): X = longitude, Y = latitude, in degrees. Homeward stores geometries in it.</summary>
    public static CoordinateReferenceSystem Wgs84 { get; } = new(4326, "WGS 84", GeodeticDatum.Wgs84, EpsgAxisOrder.LatitudeLongitude);

    /// <summary>WGS 84 / UTM zone 38N (EPSG:32638): central meridian 45°E, metres. Covers 42°E–48°E, all of Karabakh.</summary>
    public static CoordinateReferenceSystem Wgs84Utm38N => Utm(38, north: true);

    /// <summary>WGS 84 / UTM zone 39N (EPSG:32639): central meridian 51°E, metres. Covers 48°E–54°E, eastern Azerbaijan.</summary>
    public static CoordinateReferenceSystem Wgs84Utm39N => Utm(39, north: true);

    /// <summary>
    /// Pulkovo 1942 geographic, "SK-42" (EPSG:4284): X = longitude, Y = latitude, in degrees on the Krassowsky 1940 ellipsoid.
    /// Its difference from WGS 84 is about 100 m in the region; see <see cref="DatumTransformation"/>.
    /// </summary>
    public static CoordinateReferenceSystem Pulkovo1942 { get; } =
        new(4284, "Pulkovo 1942", GeodeticDatum.Pulkovo1942, EpsgAxisOrder.LatitudeLongitude);

    /// <summary>
    /// Pulkovo 1942 / Gauss-Kruger zone 8 (EPSG:28408): Transverse Mercator on Krassowsky 1940, central meridian 45°E, scale 1,
    /// false easting 8 500 000 m (the zone number prefixes the easting). X = easting (the Soviet Y), Y = northing (the
    /// Soviet X), in metres. EPSG extent: Armenia, Azerbaijan and Georgia east of 42°E and west of 48°E.
    /// </summary>
    public static CoordinateReferenceSystem Pulkovo1942GaussKrugerZone8 { get; } = CreateGaussKruger(8);

    /// <summary>
    /// Pulkovo 1942 / Gauss-Kruger zone 9 (EPSG:28409): as zone 8 with central meridian 51°E and false easting 9 500 000 m.
    /// EPSG extent: Azerbaijan east of 48°E.
    /// </summary>
    public static CoordinateReferenceSystem Pulkovo1942GaussKrugerZone9 { get; } = CreateGaussKruger(9);

    /// <summary>The catalogue of the region: EPSG:4326, 32638, 32639, 4284, 28408 and 28409, in that order.</summary>
    public static IReadOnlyList<CoordinateReferenceSystem> Regional { get; } =
        [Wgs84, Wgs84Utm38N, Wgs84Utm39N, Pulkovo1942, Pulkovo1942GaussKrugerZone8, Pulkovo1942GaussKrugerZone9];

    /// <summary>The EPSG code, used as the SRID of geometries in this CRS.</summary>
    public int Srid { get; }

    /// <summary>The EPSG name, for example <c>Pulkovo 1942 / Gauss-Kruger zone 8</c>.</summary>
    public string Name { get; }

    /// <summary>The geodetic datum the coordinates refer to.</summary>
    public GeodeticDatum Datum { get; }

    /// <summary>The axis order EPSG defines; Homeward's API always uses X = longitude or easting, Y = latitude or northing.</summary>
    public EpsgAxisOrder EpsgAxisOrder { get; }

    /// <summary>The Transverse Mercator parameters of a projected CRS; <see langword="null"/> for a geographic one.</summary>
    public TransverseMercatorParameters? Projection { get; }

    /// <summary>Whether coordinates are longitude and latitude in degrees (otherwise easting and northing in metres).</summary>
    public bool IsGeographic => Projection is null;

    /// <summary>The UTM or Gauss–Krüger zone number, or <see langword="null"/> for a geographic CRS.</summary>
    public int? Zone { get; }

    /// <summary>A WGS 84 / UTM zone: EPSG:326zz in the northern hemisphere, EPSG:327zz in the southern.</summary>
    /// <param name="zone">The zone, 1 to 60.</param>
    /// <param name="north">Whether the northern hemisphere's zone (false northing 0) or the southern one's (10 000 000 m).</param>
    /// <returns>The CRS: X = easting, Y = northing, in metres.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zone"/> is not 1 to 60.</exception>
    public static CoordinateReferenceSystem Utm(int zone, bool north)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(zone, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(zone, 60);
        return UtmZones[zone - 1 + (north ? 0 : 60)];
    }

    /// <summary>A Pulkovo 1942 Gauss–Krüger zone of the catalogue: zone 8 (EPSG:28408) or zone 9 (EPSG:28409).</summary>
    /// <param name="zone">The zone, 8 or 9.</param>
    /// <returns>The CRS: X = easting with the zone prefix, Y = northing, in metres.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zone"/> is not 8 or 9.</exception>
    public static CoordinateReferenceSystem GaussKruger(int zone) => zone switch
    {
        8 => Pulkovo1942GaussKrugerZone8,
        9 => Pulkovo1942GaussKrugerZone9,
        _ => throw new ArgumentOutOfRangeException(
            nameof(zone), zone, "Only Gauss–Krüger zones 8 and 9 (EPSG:28408, 28409) are supported."),
    };

    /// <summary>Finds a supported CRS by its EPSG code.</summary>
    /// <param name="srid">The EPSG code.</param>
    /// <param name="crs">The CRS, or <see langword="null"/> if the code is not supported.</param>
    /// <returns>Whether the code is supported.</returns>
    public static bool TryFromSrid(int srid, [NotNullWhen(true)] out CoordinateReferenceSystem? crs)
    {
        crs = srid switch
        {
            4326 => Wgs84,
            4284 => Pulkovo1942,
            28408 => Pulkovo1942GaussKrugerZone8,
            28409 => Pulkovo1942GaussKrugerZone9,
            > UtmNorthBase and <= UtmNorthBase + 60 => Utm(srid - UtmNorthBase, north: true),
            > UtmSouthBase and <= UtmSouthBase + 60 => Utm(srid - UtmSouthBase, north: false),
            _ => null,
        };
        return crs is not null;
    }

    /// <summary>A supported CRS by its EPSG code.</summary>
    /// <param name="srid">The EPSG code.</param>
    /// <returns>The CRS.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is not a supported CRS.</exception>
    public static CoordinateReferenceSystem FromSrid(int srid) => TryFromSrid(srid, out var crs)
        ? crs
        : throw new ArgumentOutOfRangeException(nameof(srid), srid,
            "Not a supported CRS: use EPSG:4326, 4284, 28408, 28409 or a WGS 84 / UTM zone (32601–32660, 32701–32760).");

    /// <inheritdoc/>
    public bool Equals(CoordinateReferenceSystem? other) => other is not null && other.Srid == Srid;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CoordinateReferenceSystem);

    /// <inheritdoc/>
    public override int GetHashCode() => Srid;

    /// <summary>The CRS as <c>EPSG:28408 Pulkovo 1942 / Gauss-Kruger zone 8</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"EPSG:{Srid} {Name}");

    /// <summary>
    /// A new ProjNET definition of this projected CRS on its own datum, with no TOWGS84: datum shifts are applied by
    /// <see cref="DatumTransformation"/>, not by ProjNET.
    /// </summary>
    /// <returns>The ProjNET coordinate system, or <see langword="null"/> for a geographic CRS.</returns>
    internal ProjectedCoordinateSystem? CreateProjNetProjection()
    {
        if (Projection is null)
        {
            return null;
        }

        if (Datum == GeodeticDatum.Wgs84)
        {
            // ProjNET's own UTM definitions, as UtmMetricMeasure has always used. Every projected CRS has a zone.
            return ProjectedCoordinateSystem.WGS84_UTM(Zone!.Value, Projection.FalseNorthingMetres == 0);
        }

        var ellipsoid = Ellipsoid.Krassowsky1940;
        var wkt = string.Create(CultureInfo.InvariantCulture, $"""
            PROJCS["{Name}",
              GEOGCS["Pulkovo 1942",
                DATUM["Pulkovo_1942",SPHEROID["{ellipsoid.Name}",{ellipsoid.SemiMajorAxisMetres:R},{ellipsoid.InverseFlattening:R}]],
                PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],
              PROJECTION["Transverse_Mercator"],
              PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",{Projection.CentralMeridianDegrees:R}],
              PARAMETER["scale_factor",{Projection.ScaleFactor:R}],
              PARAMETER["false_easting",{Projection.FalseEastingMetres:R}],PARAMETER["false_northing",{Projection.FalseNorthingMetres:R}],
              UNIT["metre",1],AUTHORITY["EPSG","{Srid}"]]
            """);
        return (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(wkt);
    }

    private static CoordinateReferenceSystem CreateUtm(int zone, bool north) => new(
        (north ? UtmNorthBase : UtmSouthBase) + zone,
        string.Create(CultureInfo.InvariantCulture, $"WGS 84 / UTM zone {zone}{(north ? 'N' : 'S')}"),
        GeodeticDatum.Wgs84,
        EpsgAxisOrder.EastingNorthing,
        zone,
        new TransverseMercatorParameters(zone * 6 - 183, 0.9996, 500_000, north ? 0 : 10_000_000));

    private static CoordinateReferenceSystem CreateGaussKruger(int zone) => new(
        28400 + zone,
        string.Create(CultureInfo.InvariantCulture, $"Pulkovo 1942 / Gauss-Kruger zone {zone}"),
        GeodeticDatum.Pulkovo1942,
        EpsgAxisOrder.NorthingEasting,
        zone,
        new TransverseMercatorParameters(zone * 6 - 3, 1, zone * 1_000_000 + 500_000, 0));
}
