namespace Homeward.Records.Format;

/// <summary>The structural rules of a record, checked once its values are read: what makes it computable at all.</summary>
internal static class RecordStructure
{
    public static IEnumerable<RecordError> Check(MinefieldRecord record)
    {
        var byId = new Dictionary<string, RecordPoint>(StringComparer.Ordinal);
        foreach (var point in record.Points)
        {
            if (!byId.TryAdd(point.Id, point))
            {
                yield return new RecordError($"{point.Field}.id", point.Id, $"the id is already used by {byId[point.Id].Field}; each point needs its own.");
            }
        }

        if (!record.Points.Any(p => p.HasCoordinates))
        {
            yield return new RecordError("points", null,
                "no point has coordinates: at least the reference point needs x (easting) and y (northing) in the record's CRS.");
        }

        foreach (var point in record.Points.Where(p => p.Leg is not null))
        {
            if (!byId.ContainsKey(point.Leg!.From))
            {
                yield return new RecordError($"{point.Field}.from", point.Leg.From, "no point has this id, so the leg starts nowhere.");
            }
        }

        foreach (var leg in record.Legs)
        {
            foreach (var (name, id) in new[] { ("from", leg.From), ("to", leg.To) })
            {
                if (!byId.ContainsKey(id))
                {
                    yield return new RecordError($"{leg.Field}.{name}", id, "no point has this id.");
                }
            }
        }

        foreach (var error in Cycles(record, byId))
        {
            yield return error;
        }

        foreach (var error in CheckPerimeter(record, byId))
        {
            yield return error;
        }

        foreach (var row in record.Rows)
        {
            foreach (var (name, id) in new[] { ("start", row.Start), ("end", row.End) })
            {
                if (id is not null && !byId.ContainsKey(id))
                {
                    yield return new RecordError($"{row.Field}.{name}", id, "no point has this id.");
                }
            }
        }

        foreach (var duplicate in record.Rows.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new RecordError($"{duplicate.Last().Field}.id", duplicate.Key, "another row has the same id.");
        }
    }

    private static IEnumerable<RecordError> CheckPerimeter(MinefieldRecord record, Dictionary<string, RecordPoint> byId)
    {
        var perimeter = record.Perimeter;
        if (perimeter.Count == 0)
        {
            yield break;
        }

        for (var i = 0; i < perimeter.Count; i++)
        {
            if (!byId.ContainsKey(perimeter[i]))
            {
                yield return new RecordError($"perimeter[{i}]", perimeter[i], "no point has this id.");
            }
        }

        if (perimeter.Count < 2 || !string.Equals(perimeter[0], perimeter[^1], StringComparison.Ordinal))
        {
            yield return new RecordError("perimeter", string.Join(", ", perimeter),
                $"the perimeter never closes: it ends at {perimeter[^1]}, not at its first point {perimeter[0]}. " +
                "List the turning points in order and end with the first one again.");
        }
        else if (perimeter.Distinct(StringComparer.Ordinal).Count() < 3)
        {
            yield return new RecordError("perimeter", string.Join(", ", perimeter), "a perimeter needs at least three different turning points.");
        }
        else if (perimeter.Count - 1 != perimeter.Distinct(StringComparer.Ordinal).Count())
        {
            yield return new RecordError("perimeter", string.Join(", ", perimeter), "a turning point appears twice; the perimeter may visit each point once.");
        }
    }

    private static IEnumerable<RecordError> Cycles(MinefieldRecord record, Dictionary<string, RecordPoint> byId)
    {
        foreach (var point in record.Points)
        {
            // Follow the chain of 'from' back to a point with coordinates; coming back to the start is a cycle.
            var seen = new HashSet<string>(StringComparer.Ordinal) { point.Id };
            var current = point;
            while (current is { HasCoordinates: false, Leg: not null } && byId.TryGetValue(current.Leg.From, out var next))
            {
                if (!seen.Add(next.Id))
                {
                    if (next.Id == point.Id)
                    {
                        yield return new RecordError($"{point.Field}.from", point.Leg!.From,
                            $"the points {string.Join(" → ", seen)} are placed from each other in a circle, and none has coordinates.");
                    }

                    break;
                }

                current = next;
            }
        }
    }
}
