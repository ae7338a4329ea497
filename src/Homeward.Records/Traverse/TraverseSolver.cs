using System.Globalization;
using Homeward.Records.Consistency;
using Homeward.Records.Format;

namespace Homeward.Records.Traverse;

/// <summary>
/// Computes a record in the plane (spec section 5.1, steps 5–8): points from their legs, the closure of the perimeter and
/// its Bowditch adjustment, and the rows with their mines. Covariances are propagated along each chain of legs.
/// </summary>
internal static class TraverseSolver
{
    public static TraverseSolution Solve(
        MinefieldRecord record,
        IReadOnlyDictionary<string, (double East, double North)> known,
        Func<RecordLeg, ResolvedLeg> resolve,
        ConsistencyTolerances tolerances)
    {
        var points = record.Points.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var raw = new Dictionary<string, PlaneNode>(StringComparer.Ordinal);
        var links = new List<(RecordPoint, double, double, double)>();
        foreach (var point in record.Points)
        {
            Place(point.Id);
        }

        var closure = Close(record, raw, points, resolve, tolerances, out var corrections);
        var shifts = new Dictionary<string, (double East, double North)>(StringComparer.Ordinal);
        var nodes = raw.Values.ToDictionary(n => n.Id, n =>
        {
            var (e, n2) = Shift(n.Id);
            return n with { East = n.RawEast + e, North = n.RawNorth + n2 };
        }, StringComparer.Ordinal);

        var errors = new List<RecordError>();
        var rows = record.Rows.Select(r => PlaceRow(r, nodes, resolve, tolerances, errors)).OfType<SolvedRow>().ToList();
        return new TraverseSolution { Nodes = nodes, Closure = closure, LinkChecks = links, Rows = rows, Errors = errors };

        PlaneNode Place(string id)
        {
            if (raw.TryGetValue(id, out var done))
            {
                return done;
            }

            var point = points[id];
            PlaneNode node;
            if (known.TryGetValue(id, out var at))
            {
                node = new PlaneNode(id, point.Type, at.East, at.North, id, default, 0, 0, null);
                if (point.Leg is not null)
                {
                    // A point with coordinates and a leg: the coordinates stand, and the leg is checked against them.
                    var leg = resolve(point.Leg);
                    var reached = Place(point.Leg.From).Then(id, point.Type, leg);
                    links.Add((point, reached.RawEast - at.East, reached.RawNorth - at.North, ChainLength(reached, raw)));
                }
            }
            else
            {
                node = Place(point.Leg!.From).Then(id, point.Type, resolve(point.Leg));
            }

            raw[id] = node;
            return node;
        }

        (double East, double North) Shift(string id)
        {
            if (shifts.TryGetValue(id, out var s))
            {
                return s;
            }

            var point = points[id];
            s = corrections.TryGetValue(id, out var c) ? c
                : known.ContainsKey(id) || point.Leg is null ? (0, 0)
                : Shift(point.Leg.From);
            shifts[id] = s;
            return s;
        }
    }

    private static double ChainLength(PlaneNode node, Dictionary<string, PlaneNode> raw)
    {
        // Every parent is placed before its children, so the chain back to a point with coordinates is all in raw.
        var length = 0.0;
        for (var n = node; n.Leg is not null; n = raw[n.Leg.Source.From])
        {
            length += n.Leg.DistanceMetres;
        }

        return length;
    }

    private static TraverseClosure? Close(MinefieldRecord record, Dictionary<string, PlaneNode> raw, Dictionary<string, RecordPoint> points,
        Func<RecordLeg, ResolvedLeg> resolve, ConsistencyTolerances tolerances, out Dictionary<string, (double East, double North)> corrections)
    {
        corrections = new(StringComparer.Ordinal);
        var perimeter = record.Perimeter;
        if (perimeter.Count < 4)
        {
            return null;
        }

        var closing = record.Legs.FirstOrDefault(l => l.From == perimeter[^2] && l.To == perimeter[0]);

        // The compass rule needs the perimeter as one chain: each turning point placed by a leg from the one before it.
        var chain = Enumerable.Range(1, perimeter.Count - 2)
            .All(i => points[perimeter[i]] is { HasCoordinates: false, Leg: { } leg } && leg.From == perimeter[i - 1]);
        if (closing is null || !chain)
        {
            return null;
        }

        var closingLeg = resolve(closing);
        var legs = Enumerable.Range(1, perimeter.Count - 2).Select(i => raw[perimeter[i]].Leg!).Append(closingLeg).ToList();
        var end = raw[perimeter[^2]];
        var deltaEast = end.RawEast + closingLeg.DeltaEast - raw[perimeter[0]].RawEast;
        var deltaNorth = end.RawNorth + closingLeg.DeltaNorth - raw[perimeter[0]].RawNorth;
        var total = legs.Sum(l => l.DistanceMetres);
        var angular = AngularMisclosure(record, points);
        var linear = Math.Sqrt(deltaEast * deltaEast + deltaNorth * deltaNorth);
        var paced = legs.Any(l => l.IsPaced);
        var precision = linear == 0 ? double.PositiveInfinity : total / linear;

        // Adjust only within tolerance (spec 5.1 step 7); otherwise the raw geometry stands and F01 says why.
        var adjust = total > 0 && linear <= tolerances.MaxMisclosureMetres
            && precision >= (paced ? tolerances.PacedRelativePrecision : tolerances.TapedRelativePrecision);
        if (adjust)
        {
            var cumulative = 0.0;
            for (var i = 1; i < perimeter.Count - 1; i++)
            {
                cumulative += legs[i - 1].DistanceMetres;
                corrections[perimeter[i]] = (-deltaEast * cumulative / total, -deltaNorth * cumulative / total);
            }
        }

        return new TraverseClosure(deltaEast, deltaNorth, total, adjust, angular);
    }

    private static double? AngularMisclosure(MinefieldRecord record, Dictionary<string, RecordPoint> points)
    {
        var distinct = record.Perimeter.Take(record.Perimeter.Count - 1).Select(id => points[id]).ToList();
        if (distinct.Any(p => p.InteriorAngle is null))
        {
            return null;
        }

        var sum = distinct.Sum(p => Units.AngleUnits.ToDegrees(p.InteriorAngle!.Value, p.InteriorAngle.Unit ?? record.BearingUnit ?? Units.AngleUnit.Degree));
        return sum - (distinct.Count - 2) * 180.0;
    }

    private static SolvedRow? PlaceRow(RecordRow row, Dictionary<string, PlaneNode> nodes, Func<RecordLeg, ResolvedLeg> resolve,
        ConsistencyTolerances tolerances, List<RecordError> errors)
    {
        var start = nodes[row.Start];
        PlaneNode end;
        ResolvedLeg? along = null;
        if (row.End is not null)
        {
            end = nodes[row.End];
        }
        else
        {
            var length = row.Length ?? new RecordDistance(
                ((row.Count - 1) * row.SpacingMetres).ToString(CultureInfo.InvariantCulture), (row.Count - 1) * row.SpacingMetres, Units.DistanceUnit.Metre);
            along = resolve(new RecordLeg(row.Field, row.Start, row.Id + ".end", row.Bearing!, length, null));
            end = start.Then(row.Id + ".end", RecordPointType.RowEnd, along);
        }

        var solved = new SolvedRow(row, start, end, []);
        var (rowLength, span) = (solved.LengthMetres, solved.SpanMetres);
        if (span > 0 && rowLength > 0 && Math.Max(rowLength / span, span / rowLength) > tolerances.RowRefusalRatio)
        {
            errors.Add(new RecordError($"{row.Field}.count", row.Count.ToString(CultureInfo.InvariantCulture), Invariant.Text(
                $"row {row.Id} is {rowLength:0.0} m long, but {row.Count} mines {row.SpacingMetres:0.0#} m apart span {span:0.0} m: ",
                $"more than {tolerances.RowRefusalRatio:0.#} times {(rowLength > span ? "longer than its spacing allows" : "shorter than its mines need")}. ",
                $"Check the count, the spacing and the row's end against the paper.")));
            return null;
        }

        var (dirEast, dirNorth) = rowLength > 0 ? ((end.East - start.East) / rowLength, (end.North - start.North) / rowLength) : (0.0, 0.0);
        var mines = new List<PlaneNode>(row.Count);
        for (var i = 0; i < row.Count; i++)
        {
            var at = i * row.SpacingMetres;
            var id = string.Create(CultureInfo.InvariantCulture, $"{row.Id}.{i + 1}");
            if (along is not null)
            {
                mines.Add(i == 0 ? start with { Id = id, Type = RecordPointType.Mine, Leg = null } : start.Then(id, RecordPointType.Mine, along.WithDistance(at)));
                continue;
            }

            // Between two recorded markers: the errors of both ends, weighted by where the mine lies.
            var t = rowLength > 0 ? Math.Clamp(at / rowLength, 0, 1) : 0;
            var east = start.East + dirEast * at;
            var north = start.North + dirNorth * at;
            mines.Add(new PlaneNode(id, RecordPointType.Mine, east, north, start.Root,
                new Covariance(
                    (1 - t) * start.Instrument.EastEast + t * end.Instrument.EastEast,
                    (1 - t) * start.Instrument.EastNorth + t * end.Instrument.EastNorth,
                    (1 - t) * start.Instrument.NorthNorth + t * end.Instrument.NorthNorth),
                (1 - t) * start.MagneticEast + t * end.MagneticEast,
                (1 - t) * start.MagneticNorth + t * end.MagneticNorth,
                null));
        }

        return solved with { Mines = mines };
    }
}
