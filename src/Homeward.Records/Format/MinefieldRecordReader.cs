using System.Globalization;
using System.Text.Json;
using Homeward.Geo.Crs;
using Homeward.Records.Units;

namespace Homeward.Records.Format;

/// <summary>
/// Reads a minefield record from its JSON form (see <c>docs/minefield-records.md</c>) and checks its structure: ids unique,
/// every leg from a defined point, the perimeter closed, every row between defined points. Every problem is returned
/// with its field and value; nothing throws for bad input. Thread-safe.
/// </summary>
public static class MinefieldRecordReader
{
    /// <summary>Reads a record from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The record, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RecordReadResult ReadJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return RecordReadResult.ForErrors([new RecordError("record", null,
                string.Create(CultureInfo.InvariantCulture, $"not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}): {ex.Message}"))]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return RecordReadResult.ForErrors([new RecordError("record", null, "a record is a JSON object { \"id\": ..., \"points\": [...] }.")]);
            }

            var walker = new Walker();
            var record = walker.Record(document.RootElement);
            var errors = walker.Errors;
            if (errors.Count == 0)
            {
                errors.AddRange(RecordStructure.Check(record));
            }

            return errors.Count == 0 ? RecordReadResult.ForValue(record) : RecordReadResult.ForErrors(errors);
        }
    }

    private sealed class Walker
    {
        public List<RecordError> Errors { get; } = [];

        public MinefieldRecord Record(JsonElement root)
        {
            var id = Text(root, "id", "record") ?? Missing<string>("id", "every record needs an id, for example MF-AGD-0001.") ?? string.Empty;
            DateOnly? from = null, to = null;
            if (Text(root, "date", "record") is { } dateText)
            {
                var (f, t, problem) = RecordValueParser.ParseDate(dateText);
                if (problem is null)
                {
                    (from, to) = (f, t);
                }
                else
                {
                    Error("date", dateText, problem);
                }
            }

            var pointsElement = root.TryGetProperty("points", out var p) ? p : default;
            if (pointsElement.ValueKind != JsonValueKind.Array)
            {
                Error("points", null, "a record needs its points as an array.");
            }

            return new MinefieldRecord
            {
                Id = id,
                LaidFrom = from,
                LaidTo = to,
                Crs = Crs(root),
                BearingUnit = Enum<AngleUnit>(root, "bearingUnit", "bearingUnit", AngleUnits.TryParse, AngleUnitNames),
                BearingReference = Enum<BearingReference>(root, "bearingReference", "bearingReference", TryReference, ReferenceNames)
                    ?? BearingReference.Unknown,
                DistanceUnit = Enum<DistanceUnit>(root, "distanceUnit", "distanceUnit", TryDistanceUnit, DistanceUnitNames) ?? DistanceUnit.Metre,
                PaceLengthMetres = Positive(root, "paceLengthMetres", "paceLengthMetres"),
                StatedDeclinationDegrees = Number(root, "declinationDegrees", "declinationDegrees"),
                MapSheet = Text(root, "mapSheet", "record"),
                TotalMines = Count(root, "totalMines", "totalMines"),
                ReferenceLocatedBy = Enum<ReferenceLocation>(root, "referenceLocatedBy", "referenceLocatedBy", TryLocation, LocationNames)
                    ?? ReferenceLocation.Map50K,
                Points = pointsElement.ValueKind == JsonValueKind.Array
                    ? [.. pointsElement.EnumerateArray().Select((e, i) => Point(e, $"points[{i}]")).OfType<RecordPoint>()]
                    : [],
                Legs = root.TryGetProperty("legs", out var legs) && legs.ValueKind == JsonValueKind.Array
                    ? [.. legs.EnumerateArray().Select((e, i) => StandaloneLeg(e, $"legs[{i}]")).OfType<RecordLeg>()]
                    : [],
                Perimeter = root.TryGetProperty("perimeter", out var perimeter) ? Ids(perimeter, "perimeter") : [],
                Rows = root.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array
                    ? [.. rows.EnumerateArray().Select((e, i) => Row(e, $"rows[{i}]")).OfType<RecordRow>()]
                    : [],
            };
        }

        private static readonly string AngleUnitNames = string.Join(", ", AngleUnits.Names.Select(n => n.Name));
        private const string ReferenceNames = "magnetic, grid, true, unknown";
        private const string DistanceUnitNames = "metre, pace, pairOfSteps, yard, foot";
        private const string LocationNames = "survey, gps, map50k, map100k, description";
        private const string PointTypeNames = "reference, landmark, benchmark, turning, intermediate, rowStart, rowEnd, mine";

        private RecordPoint? Point(JsonElement e, string field)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                Error(field, Raw(e), "a point is an object { \"id\": ..., \"type\": ... }.");
                return null;
            }

            var id = Text(e, "id", field) ?? Missing<string>($"{field}.id", "every point needs an id.");
            var type = Enum<RecordPointType>(e, "type", $"{field}.type", TryPointType, PointTypeNames);
            var x = Number(e, "x", $"{field}.x");
            var y = Number(e, "y", $"{field}.y");
            if ((x is null) != (y is null))
            {
                Error($"{field}.{(x is null ? "x" : "y")}", null, "a point with coordinates needs both x (easting) and y (northing).");
            }

            RecordLeg? leg = null;
            if (e.TryGetProperty("from", out _))
            {
                leg = Leg(e, field, Text(e, "from", field) ?? string.Empty, id ?? string.Empty);
            }
            else if (x is null && (e.TryGetProperty("bearing", out _) || e.TryGetProperty("distance", out _)))
            {
                Error($"{field}.from", null, "a point placed by a bearing and a distance needs 'from': the id of the point they are measured from.");
            }

            else if (x is null && id is not null)
            {
                Error(field, id, "a point needs coordinates (x, y) or a leg (from, bearing, distance).");
            }

            var interior = e.TryGetProperty("interiorAngle", out var angle) ? Bearing(angle, $"{field}.interiorAngle") : null;
            // Without a type, a point with coordinates is taken as a reference and one placed by a leg as a turning point.
            type ??= e.TryGetProperty("type", out _) ? null : x is not null ? RecordPointType.Reference : RecordPointType.Turning;
            return id is null || type is null
                ? null
                : new RecordPoint(field, id, type.Value, x, y, leg, interior, Positive(e, "sigmaMetres", $"{field}.sigmaMetres"),
                    Text(e, "description", field));
        }

        private RecordLeg? StandaloneLeg(JsonElement e, string field)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                Error(field, Raw(e), "a leg is an object { \"from\": ..., \"to\": ..., \"bearing\": ..., \"distance\": ... }.");
                return null;
            }

            var to = Text(e, "to", field);
            if (to is null)
            {
                Error($"{field}.to", null, "a leg needs 'to': the id of the point it reaches.");
            }

            return Leg(e, field, Text(e, "from", field) ?? Missing<string>($"{field}.from", "a leg needs 'from'.") ?? string.Empty, to ?? string.Empty);
        }

        private RecordLeg? Leg(JsonElement e, string field, string from, string to)
        {
            var bearing = e.TryGetProperty("bearing", out var b) ? Bearing(b, $"{field}.bearing")
                : Missing<RecordBearing>($"{field}.bearing", "a leg needs a bearing.");
            var distance = e.TryGetProperty("distance", out var d) ? Distance(d, $"{field}.distance")
                : Missing<RecordDistance>($"{field}.distance", "a leg needs a distance.");
            var back = e.TryGetProperty("backBearing", out var bb) ? Bearing(bb, $"{field}.backBearing") : null;
            return bearing is null || distance is null ? null : new RecordLeg(field, from, to, bearing, distance, back);
        }

        private RecordRow? Row(JsonElement e, string field)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                Error(field, Raw(e), "a row is an object { \"id\": ..., \"start\": ..., \"end\": ..., \"count\": ..., \"spacingMetres\": ... }.");
                return null;
            }

            var id = Text(e, "id", field) ?? Missing<string>($"{field}.id", "every row needs an id (A, B, ...).");
            var start = Text(e, "start", field) ?? Missing<string>($"{field}.start", "a row needs the id of its start point.");
            var end = Text(e, "end", field);
            var bearing = e.TryGetProperty("bearing", out var b) ? Bearing(b, $"{field}.bearing") : null;
            var length = e.TryGetProperty("length", out var l) ? Distance(l, $"{field}.length") : null;
            if (end is null && bearing is null && !e.TryGetProperty("bearing", out _))
            {
                Error($"{field}.end", null, "a row needs its end point, or a bearing (and a length, or count and spacing).");
            }

            var count = Count(e, "count", $"{field}.count") ?? Missing<int?>($"{field}.count", "a row needs the number of mines.");
            if (count is 0)
            {
                Error($"{field}.count", "0", "a row has at least one mine.");
            }

            var spacing = Positive(e, "spacingMetres", $"{field}.spacingMetres")
                ?? Missing<double?>($"{field}.spacingMetres", "a row needs the spacing between mines in metres.");
            return id is null || start is null || count is null or 0 || spacing is null
                ? null
                : new RecordRow(field, id, start, end, bearing, length, Text(e, "mineType", field), count.Value, spacing.Value);
        }

        private RecordBearing? Bearing(JsonElement e, string field)
        {
            AngleUnit? unit = null;
            BearingReference? reference = null;
            var value = e;
            if (e.ValueKind == JsonValueKind.Object)
            {
                unit = Enum<AngleUnit>(e, "unit", $"{field}.unit", AngleUnits.TryParse, AngleUnitNames);
                reference = Enum<BearingReference>(e, "reference", $"{field}.reference", TryReference, ReferenceNames);
                if (!e.TryGetProperty("value", out value))
                {
                    Error($"{field}.value", null, "a bearing written as an object needs its value.");
                    return null;
                }
            }

            string text;
            if (value.ValueKind == JsonValueKind.Number)
            {
                text = value.GetRawText();
            }
            else if (value.ValueKind == JsonValueKind.String)
            {
                text = value.GetString()!;
            }
            else
            {
                Error(field, Raw(value), "a bearing is a number such as 1230 or a text such as \"15-50\".");
                return null;
            }

            var (bearing, problem) = RecordValueParser.ParseBearing(text);
            if (bearing is null)
            {
                Error(field, text, problem!);
                return null;
            }

            return bearing with { Unit = unit ?? bearing.Unit, Reference = reference };
        }

        private RecordDistance? Distance(JsonElement e, string field)
        {
            DistanceUnit? unit = null;
            var value = e;
            if (e.ValueKind == JsonValueKind.Object)
            {
                unit = Enum<DistanceUnit>(e, "unit", $"{field}.unit", TryDistanceUnit, DistanceUnitNames);
                if (!e.TryGetProperty("value", out value))
                {
                    Error($"{field}.value", null, "a distance written as an object needs its value.");
                    return null;
                }
            }

            var text = value.ValueKind switch
            {
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.String => value.GetString()!,
                _ => null,
            };
            if (text is null)
            {
                Error(field, Raw(value), "a distance is a number such as 85.5.");
                return null;
            }

            var (number, problem) = RecordValueParser.ParseDistance(text);
            if (problem is not null)
            {
                Error(field, text, problem);
                return null;
            }

            if (number < 0)
            {
                Error(field, text, "a distance cannot be negative (F16).");
                return null;
            }

            return new RecordDistance(text, number, unit);
        }

        private CoordinateReferenceSystem? Crs(JsonElement root)
        {
            if (!root.TryGetProperty("crs", out var e) || e.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var text = e.ValueKind == JsonValueKind.Number ? e.GetRawText() : e.ValueKind == JsonValueKind.String ? e.GetString()! : Raw(e);
            var code = text.Trim();
            if (code.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase))
            {
                code = code[5..];
            }

            if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var srid)
                && CoordinateReferenceSystem.TryFromSrid(srid, out var crs))
            {
                return crs;
            }

            Error("crs", text, "not a supported CRS: use EPSG:28408 or EPSG:28409 (SK-42 Gauss–Krüger), EPSG:4284 (SK-42 degrees), " +
                "EPSG:4326 (WGS 84 degrees) or EPSG:32638/32639 (UTM).");
            return null;
        }

        private List<string> Ids(JsonElement e, string field)
        {
            if (e.ValueKind != JsonValueKind.Array || e.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String))
            {
                Error(field, Raw(e), "the perimeter is an array of point ids, such as [\"TP1\", \"TP2\", \"TP3\", \"TP1\"].");
                return [];
            }

            return [.. e.EnumerateArray().Select(i => i.GetString()!)];
        }

        private delegate bool TryParser<T>(string? text, out T value);

        private T? Enum<T>(JsonElement e, string name, string field, TryParser<T> parse, string names)
            where T : struct
        {
            var text = Text(e, name, field);
            if (text is null)
            {
                return null;
            }

            if (parse(text, out var value))
            {
                return value;
            }

            Error(field, text, $"not a known value; use one of {names}.");
            return null;
        }

        private string? Text(JsonElement e, string name, string field)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind == JsonValueKind.String)
            {
                return v.GetString();
            }

            Error(field == "record" ? name : $"{field}.{name}", Raw(v), "expected a text in quotes.");
            return null;
        }

        private double? Number(JsonElement e, string name, string field)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind == JsonValueKind.Number)
            {
                return v.GetDouble();
            }

            if (v.ValueKind == JsonValueKind.String
                && double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }

            Error(field, Raw(v), "expected a number (a dot for decimals).");
            return null;
        }

        private double? Positive(JsonElement e, string name, string field)
        {
            var value = Number(e, name, field);
            if (value is <= 0)
            {
                Error(field, value.Value.ToString(CultureInfo.InvariantCulture), "must be greater than zero.");
                return null;
            }

            return value;
        }

        private int? Count(JsonElement e, string name, string field)
        {
            var value = Number(e, name, field);
            if (value is null)
            {
                return null;
            }

            if (value < 0 || value != Math.Floor(value.Value) || value > int.MaxValue)
            {
                Error(field, value.Value.ToString(CultureInfo.InvariantCulture), "expected a whole number of zero or more.");
                return null;
            }

            return (int)value.Value;
        }

        private T? Missing<T>(string field, string message)
        {
            Error(field, null, message);
            return default;
        }

        private void Error(string field, string? value, string message) => Errors.Add(new RecordError(field, value, message));

        private static string Raw(JsonElement e) => e.ValueKind == JsonValueKind.Undefined ? string.Empty : e.GetRawText();

        private static bool TryReference(string? text, out BearingReference value) => TryName(text, out value,
            ("magnetic", BearingReference.Magnetic), ("grid", BearingReference.Grid), ("true", BearingReference.True),
            ("unknown", BearingReference.Unknown));

        private static bool TryDistanceUnit(string? text, out DistanceUnit value) => TryName(text, out value,
            ("metre", DistanceUnit.Metre), ("meter", DistanceUnit.Metre), ("m", DistanceUnit.Metre), ("pace", DistanceUnit.Pace),
            ("pairOfSteps", DistanceUnit.PairOfSteps), ("yard", DistanceUnit.Yard), ("foot", DistanceUnit.Foot));

        private static bool TryLocation(string? text, out ReferenceLocation value) => TryName(text, out value,
            ("survey", ReferenceLocation.Survey), ("gps", ReferenceLocation.Survey), ("map50k", ReferenceLocation.Map50K),
            ("map100k", ReferenceLocation.Map100K), ("description", ReferenceLocation.Description));

        private static bool TryPointType(string? text, out RecordPointType value) => TryName(text, out value,
            ("reference", RecordPointType.Reference), ("landmark", RecordPointType.Landmark), ("benchmark", RecordPointType.Benchmark),
            ("turning", RecordPointType.Turning), ("intermediate", RecordPointType.Intermediate), ("rowStart", RecordPointType.RowStart),
            ("rowEnd", RecordPointType.RowEnd), ("mine", RecordPointType.Mine));

        private static bool TryName<T>(string? text, out T value, params (string Name, T Value)[] names)
        {
            foreach (var (name, v) in names)
            {
                if (string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    value = v;
                    return true;
                }
            }

            value = default!; // Only read when the method returns true.
            return false;
        }
    }
}
