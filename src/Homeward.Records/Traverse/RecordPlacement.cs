using System.Globalization;
using Homeward.Geo.Crs;
using Homeward.Records.Consistency;
using Homeward.Records.Format;

namespace Homeward.Records.Traverse;

/// <summary>
/// Where a record stands on the Earth (spec section 5.1, step 2): its CRS (stated or inferred, flag F13), its coordinates
/// with zone prefixes restored (F10) and axes put right (F15), the computation plane, and the reference point.
/// </summary>
internal sealed class RecordPlacement
{
    private RecordPlacement(CoordinateReferenceSystem recordCrs, bool crsStated, CoordinateReferenceSystem plane, RecordPoint landmark,
        Dictionary<string, (double East, double North)> known, (double Longitude, double Latitude) landmarkWgs84,
        (double Longitude, double Latitude) landmarkPulkovo)
    {
        RecordCrs = recordCrs;
        CrsStated = crsStated;
        Plane = plane;
        Landmark = landmark;
        Known = known;
        LandmarkWgs84 = landmarkWgs84;
        LandmarkPulkovo = landmarkPulkovo;
    }

    public CoordinateReferenceSystem RecordCrs { get; }

    public bool CrsStated { get; }

    /// <summary>The plane the traverse is computed in: the record's Gauss–Krüger zone or UTM zone, else the UTM zone of the reference point.</summary>
    public CoordinateReferenceSystem Plane { get; }

    /// <summary>The WGS 84 / UTM zone of the outputs: the plane itself when it is UTM.</summary>
    public CoordinateReferenceSystem Utm => Plane.Datum == GeodeticDatum.Wgs84
        ? Plane
        : CoordinateReferenceSystem.Utm((int)Math.Floor((LandmarkWgs84.Longitude + 180) / 6) + 1, LandmarkWgs84.Latitude >= 0);

    public RecordPoint Landmark { get; }

    /// <summary>The points with coordinates, in the plane.</summary>
    public Dictionary<string, (double East, double North)> Known { get; }

    public (double Longitude, double Latitude) LandmarkWgs84 { get; }

    public (double Longitude, double Latitude) LandmarkPulkovo { get; }

    public static RecordPlacement? Resolve(MinefieldRecord record, CoordinateTransformer transformer, List<ConsistencyFlag> flags,
        List<RecordError> errors)
    {
        var withCoordinates = record.Points.Where(p => p.HasCoordinates).ToList();
        var landmark = withCoordinates.FirstOrDefault(p => p.Type is RecordPointType.Reference or RecordPointType.Landmark or RecordPointType.Benchmark)
            ?? withCoordinates[0];
        var crs = record.Crs ?? Infer(record, landmark, flags, errors);
        if (crs is null)
        {
            return null;
        }

        var coordinates = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        foreach (var point in withCoordinates)
        {
            if (Normalize(crs, point, flags, errors) is { } xy)
            {
                coordinates[point.Id] = xy;
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var (lx, ly) = coordinates[landmark.Id];
        var wgs84 = transformer.Transform(lx, ly, crs.Srid, CoordinateReferenceSystem.Wgs84.Srid);
        var pulkovo = transformer.Transform(lx, ly, crs.Srid, CoordinateReferenceSystem.Pulkovo1942.Srid);
        var plane = crs.IsGeographic ? CoordinateReferenceSystem.Utm((int)Math.Floor((wgs84.X + 180) / 6) + 1, wgs84.Y >= 0) : crs;
        var known = coordinates.ToDictionary(c => c.Key, c => transformer.Transform(c.Value.X, c.Value.Y, crs.Srid, plane.Srid), StringComparer.Ordinal);
        return new RecordPlacement(crs, record.Crs is not null, plane, landmark, known, wgs84, pulkovo);
    }

    private static CoordinateReferenceSystem? Infer(MinefieldRecord record, RecordPoint landmark, List<ConsistencyFlag> flags, List<RecordError> errors)
    {
        var (x, y) = (landmark.X!.Value, landmark.Y!.Value);
        var sheet = MapSheets.Normalize(record.MapSheet);
        CoordinateReferenceSystem? crs = null;
        foreach (var value in new[] { x, y })
        {
            // A Gauss–Krüger easting starts with its zone number: 8 664 944 is zone 8.
            var zone = (int)Math.Floor(value / 1_000_000);
            if (value >= 1_000_000 && zone is 8 or 9)
            {
                crs = CoordinateReferenceSystem.GaussKruger(zone);
            }
        }

        if (crs is null && Math.Abs(x) <= 180 && Math.Abs(y) <= 90)
        {
            // Degrees on a Soviet record are most likely read off an SK-42 map.
            crs = CoordinateReferenceSystem.Pulkovo1942;
        }

        if (crs is null && sheet is { } s && MapSheets.ZoneOf(s.Sheet) is 8 or 9)
        {
            crs = CoordinateReferenceSystem.GaussKruger(MapSheets.ZoneOf(s.Sheet));
        }

        if (crs is null)
        {
            errors.Add(new RecordError("crs", null,
                "the record names no CRS and its coordinates do not tell one: give \"crs\", for example EPSG:28408 for SK-42 Gauss–Krüger zone 8."));
            return null;
        }

        flags.Add(new ConsistencyFlag("F13", FlagSeverity.Warning, "record",
            $"the record does not state its datum; the coordinates were read as {crs}. SK-42 taken for WGS 84, or the reverse, " +
            "moves every point about 100 m: confirm the datum from the map sheet or the record's header."));
        return crs;
    }

    private static (double X, double Y)? Normalize(CoordinateReferenceSystem crs, RecordPoint point, List<ConsistencyFlag> flags, List<RecordError> errors)
    {
        var (x, y) = (point.X!.Value, point.Y!.Value);
        if (crs.EpsgAxisOrder == EpsgAxisOrder.NorthingEasting && crs.Zone is { } zone)
        {
            (x, y) = (Prefixed(x, zone, point, flags), Prefixed(y, zone, point, flags));
        }

        if (Plausible(crs, x, y))
        {
            return (x, y);
        }

        if (Plausible(crs, y, x))
        {
            flags.Add(new ConsistencyFlag("F15", FlagSeverity.Warning, point.Id, Invariant.Text(
                $"x = {x:0.###} and y = {y:0.###} look swapped (x is the easting, y the northing, whatever the CRS's axis order; ",
                $"the Soviet X is the northing); they were read the other way round.")));
            return (y, x);
        }

        errors.Add(new RecordError($"{point.Field}.x", string.Create(CultureInfo.InvariantCulture, $"{point.X}, {point.Y}"),
            $"not a position in {crs}: x is the easting and y the northing{(crs.IsGeographic ? " in degrees" : " in metres")}."));
        return null;
    }

    // A Gauss–Krüger easting written without its zone prefix (664 944 for 8 664 944) gets it back, and F10 says so.
    private static double Prefixed(double value, int zone, RecordPoint point, List<ConsistencyFlag> flags)
    {
        if (value is <= 0 or >= 1_000_000)
        {
            return value;
        }

        flags.Add(new ConsistencyFlag("F10", FlagSeverity.Info, point.Id, string.Create(CultureInfo.InvariantCulture,
            $"the easting {value:0.###} has no zone prefix; read as {zone * 1_000_000 + value:0.###} (zone {zone}).")));
        return zone * 1_000_000 + value;
    }

    private static bool Plausible(CoordinateReferenceSystem crs, double x, double y) => crs switch
    {
        { IsGeographic: true } => Math.Abs(x) <= 180 && Math.Abs(y) <= 90,
        { Datum: GeodeticDatum.Pulkovo1942, Zone: { } zone } => x >= zone * 1_000_000 && x < (zone + 1) * 1_000_000 && y is > 0 and < 10_000_000,
        _ => x is > 100_000 and < 900_000 && y is >= 0 and <= 10_000_000,
    };
}
