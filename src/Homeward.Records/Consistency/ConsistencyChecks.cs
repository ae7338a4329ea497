using Homeward.Geo.Crs;
using Homeward.Records.Format;
using Homeward.Records.Traverse;
using Homeward.Records.Units;
using NetTopologySuite.Geometries;

namespace Homeward.Records.Consistency;

/// <summary>The checks of spec section 5.3 that look at a computed solution: F01, F02, F05–F09, F14, F16 and F17.</summary>
internal static class ConsistencyChecks
{
    public static void Run(MinefieldRecord record, TraverseSolution solution, Polygon? perimeterPlane, Polygon? perimeterWgs84,
        RecordPlacement placement, AngleUnit unit, DigitizeOptions options, List<ConsistencyFlag> flags)
    {
        var tolerances = options.Tolerances;
        Closure(solution, tolerances, flags);
        foreach (var row in solution.Rows)
        {
            RowLength(row, tolerances, flags);
            if (perimeterPlane is not null)
            {
                Outside(row, perimeterPlane, tolerances, flags);
            }
        }

        var counted = record.Rows.Sum(r => r.Count);
        if (record.TotalMines is { } total && record.Rows.Count > 0 && total != counted)
        {
            flags.Add(new ConsistencyFlag("F07", FlagSeverity.Warning, "record", Invariant.Text(
                $"the record states {total} mines in all, but its rows hold {counted} ({string.Join(" + ", record.Rows.Select(r => r.Count))})."),
                counted, total));
        }

        if (perimeterPlane is not null && !perimeterPlane.IsValid)
        {
            flags.Add(new ConsistencyFlag("F08", FlagSeverity.Error, "perimeter",
                "the perimeter crosses itself: the legs or the order of the turning points are wrong somewhere. " +
                "Its area and the uncertainty zone are not to be trusted."));
        }

        MapSheet(record, placement, tolerances, flags);
        foreach (var leg in record.Points.Select(p => p.Leg).OfType<RecordLeg>().Concat(record.Legs))
        {
            BackBearing(leg, unit, tolerances, flags);
            if (leg.Distance.Value == 0)
            {
                flags.Add(new ConsistencyFlag("F16", FlagSeverity.Warning, leg.To, $"the leg from {leg.From} to {leg.To} has a distance of zero."));
            }
        }

        if (perimeterWgs84 is not null)
        {
            foreach (var (code, geometry) in options.ExistingHazards.Where(h => h.Geometry.Intersects(perimeterWgs84)))
            {
                flags.Add(new ConsistencyFlag("F17", FlagSeverity.Info, "perimeter",
                    $"the perimeter overlaps the recorded hazardous area {code}: this record may describe it, or part of it."));
            }
        }
    }

    private static void Closure(TraverseSolution solution, ConsistencyTolerances tolerances, List<ConsistencyFlag> flags)
    {
        if (solution.Closure is { } closure)
        {
            var paced = solution.Nodes.Values.Any(n => n.Leg is { IsPaced: true });
            Precision("perimeter", closure.LinearMetres, closure.PerimeterLengthMetres, paced, closure.IsAdjusted, tolerances, flags);
            if (closure.AngularMisclosureDegrees is { } angular)
            {
                var n = solution.Nodes.Count(n => n.Value.Type == RecordPointType.Turning);
                var allowed = tolerances.AngularMisclosureDegreesPerRootN * Math.Sqrt(Math.Max(3, n));
                if (Math.Abs(angular) > allowed)
                {
                    flags.Add(new ConsistencyFlag("F02", FlagSeverity.Warning, "perimeter", Invariant.Text(
                        $"the interior angles add up to {angular:+0.00;-0.00}° more than (n − 2) × 180°, over the {allowed:0.00}° allowed."),
                        angular, allowed));
                }
            }
        }

        foreach (var (point, deltaEast, deltaNorth, length) in solution.LinkChecks)
        {
            var e = Math.Sqrt(deltaEast * deltaEast + deltaNorth * deltaNorth);
            var paced = point.Leg?.Distance.Unit is { } u && DistanceUnits.IsPaced(u);
            Precision(point.Id, e, length, paced, adjusted: false, tolerances, flags, link: true);
        }
    }

    private static void Precision(string subject, double e, double length, bool paced, bool adjusted, ConsistencyTolerances tolerances,
        List<ConsistencyFlag> flags, bool link = false)
    {
        var required = paced ? tolerances.PacedRelativePrecision : tolerances.TapedRelativePrecision;
        var precision = e == 0 ? double.PositiveInfinity : length / e;
        var what = link ? $"the legs to {subject} land {e:0.00} m from its recorded coordinates" : $"the perimeter misses its start by {e:0.000} m";
        if (e > tolerances.MaxMisclosureMetres)
        {
            flags.Add(new ConsistencyFlag("F01", FlagSeverity.Error, subject, Invariant.Text(
                $"{what}, over the {tolerances.MaxMisclosureMetres:0.#} m allowed{(link ? string.Empty : "; the traverse was not adjusted")}. ",
                $"A bearing or distance is probably misread."), e, tolerances.MaxMisclosureMetres));
        }
        else if (precision < required)
        {
            flags.Add(new ConsistencyFlag("F01", FlagSeverity.Warning, subject, Invariant.Text(
                $"{what}: 1:{precision:0} over {length:0.0} m, worse than the 1:{required:0} expected of a {(paced ? "paced" : "taped")} traverse",
                $"{(link || adjusted ? "." : "; the traverse was not adjusted.")}"), precision, required));
        }
    }

    private static void RowLength(SolvedRow row, ConsistencyTolerances tolerances, List<ConsistencyFlag> flags)
    {
        var difference = Math.Abs(row.LengthMetres - row.SpanMetres);
        var allowed = Math.Max(tolerances.RowMismatchMetres, tolerances.RowMismatchFraction * row.LengthMetres);
        if (row.Row.Count > 1 && difference > allowed)
        {
            flags.Add(new ConsistencyFlag("F05", FlagSeverity.Warning, row.Row.Id, Invariant.Text(
                $"row {row.Row.Id} is {row.LengthMetres:0.00} m long, but {row.Row.Count} mines {row.Row.SpacingMetres:0.0#} m apart span ",
                $"(n − 1) × spacing = {row.SpanMetres:0.00} m: {difference:0.00} m apart, over the {allowed:0.00} m allowed. ",
                $"The mines were placed from the start by the spacing; check the count, the spacing and the row's end."), difference, allowed));
        }
    }

    private static void Outside(SolvedRow row, Polygon perimeter, ConsistencyTolerances tolerances, List<ConsistencyFlag> flags)
    {
        var factory = perimeter.Factory;
        var outside = new[] { row.Start, row.End }.Concat(row.Mines)
            .Select(n => (n.Id, Distance: perimeter.Distance(factory.CreatePoint(new Coordinate(n.East, n.North)))))
            .Where(x => x.Distance > tolerances.OutsidePerimeterMetres)
            .ToList();
        if (outside.Count > 0)
        {
            var worst = outside.MaxBy(x => x.Distance);
            flags.Add(new ConsistencyFlag("F06", FlagSeverity.Warning, row.Row.Id, Invariant.Text(
                $"{outside.Count} point(s) of row {row.Row.Id} lie outside the perimeter, {worst.Id} by {worst.Distance:0.00} m."),
                worst.Distance, tolerances.OutsidePerimeterMetres));
        }
    }

    private static void MapSheet(MinefieldRecord record, RecordPlacement placement, ConsistencyTolerances tolerances, List<ConsistencyFlag> flags)
    {
        var (lon, lat) = placement.LandmarkPulkovo;
        if (record.MapSheet is not null)
        {
            var cited = MapSheets.Normalize(record.MapSheet);
            if (cited is null)
            {
                flags.Add(new ConsistencyFlag("F09", FlagSeverity.Warning, "mapSheet",
                    $"'{record.MapSheet}' is not a Soviet sheet nomenclature such as J-38-10-Б-б; it could not be checked."));
            }
            else if (lat is >= 0 and < 88 && lon is >= 0 and < 180 && MapSheets.Of(lat, lon, cited.Value.Parts) is var actual
                && !string.Equals(actual, cited.Value.Sheet, StringComparison.Ordinal))
            {
                flags.Add(new ConsistencyFlag("F09", FlagSeverity.Warning, placement.Landmark.Id,
                    $"the reference point lies on sheet {actual}, not on the cited {cited.Value.Sheet}: a coordinate or the sheet is wrong."));
            }
        }

        if (placement.RecordCrs is { Datum: GeodeticDatum.Pulkovo1942, Projection: { } projection, Zone: { } zone })
        {
            var offset = Math.Abs(lon - projection.CentralMeridianDegrees) - 3;
            if (offset > tolerances.ZoneOverlapDegrees)
            {
                flags.Add(new ConsistencyFlag("F09", FlagSeverity.Warning, placement.Landmark.Id, Invariant.Text(
                    $"the zone prefix {zone} puts the reference point at {lon:0.000}°E, {offset:0.00}° outside zone {zone} (42°E–48°E for zone 8, ",
                    $"48°E–54°E for zone 9): the prefix or the easting is probably wrong."), offset, tolerances.ZoneOverlapDegrees));
            }
        }
    }

    private static void BackBearing(RecordLeg leg, AngleUnit unit, ConsistencyTolerances tolerances, List<ConsistencyFlag> flags)
    {
        if (leg.BackBearing is not { } back)
        {
            return;
        }

        var forward = AngleUnits.ToDegrees(leg.Bearing.Value, leg.Bearing.Unit ?? unit);
        var backward = AngleUnits.ToDegrees(back.Value, back.Unit ?? unit);
        var difference = Math.Abs(((backward - forward - 180) % 360 + 540) % 360 - 180);
        if (difference > tolerances.BackBearingDegrees)
        {
            flags.Add(new ConsistencyFlag("F14", FlagSeverity.Warning, leg.To, Invariant.Text(
                $"the back-bearing {back.Text} from {leg.To} differs from the bearing {leg.Bearing.Text} ± 180° by {difference:0.00}°."),
                difference, tolerances.BackBearingDegrees));
        }
    }
}
