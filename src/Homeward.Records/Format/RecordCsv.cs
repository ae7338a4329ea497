using System.Text;
using System.Text.Json.Nodes;

namespace Homeward.Records.Format;

/// <summary>
/// Reads the spreadsheet layout of a minefield record (saved as CSV): one line per item, its <c>kind</c> column saying
/// what it is (<c>record</c>, <c>point</c>, <c>leg</c>, <c>perimeter</c>, <c>row</c>), the other columns named as the JSON
/// fields. Columns may come in any order; empty cells are absent values. Commas or semicolons separate cells (the
/// header decides), and quotes work as in RFC 4180. Errors name the spreadsheet line. Thread-safe.
/// </summary>
public static class RecordCsv
{
    /// <summary>The columns of the layout, in the order a template lists them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "kind", "id", "type", "from", "to", "bearing", "bearingUnit", "bearingReference", "distance", "distanceUnit", "backBearing",
        "x", "y", "sigmaMetres", "start", "end", "length", "mineType", "count", "spacingMetres", "name", "value", "description",
    ];

    /// <summary>Reads a record from CSV text.</summary>
    /// <param name="text">The text, first line the header.</param>
    /// <returns>The record, or the problems found, each naming its line.</returns>
    public static RecordReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromRows(Parse(text));
    }

    /// <summary>Reads a record from the rows of a spreadsheet in the layout, each with its line number from 1, the first the header.</summary>
    internal static RecordReadResult FromRows(List<(int Number, List<string> Cells)> lines)
    {
        if (lines.Count == 0)
        {
            return RecordReadResult.ForErrors([new RecordError("line 1", null, "the file is empty; the first line names the columns.")]);
        }

        var header = lines[0].Cells.Select(c => c.Trim()).ToList();
        var errors = new List<RecordError>();
        foreach (var unknown in header.Where(h => h.Length > 0 && !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(new RecordError("line 1", unknown, $"not a column of the layout; use {string.Join(", ", Columns)}."));
        }

        if (!header.Contains("kind", StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new RecordError("line 1", null, "the header needs a 'kind' column."));
        }

        if (errors.Count > 0)
        {
            return RecordReadResult.ForErrors(errors);
        }

        var root = new JsonObject();
        var (points, legs, rows) = (new JsonArray(), new JsonArray(), new JsonArray());
        var where = new List<(string Prefix, int Line)>();
        foreach (var (number, cells) in lines.Skip(1).Where(l => l.Cells.Any(c => c.Trim().Length > 0)))
        {
            var cell = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count && i < cells.Count; i++)
            {
                if (header[i].Length > 0 && cells[i].Trim().Length > 0)
                {
                    cell[header[i]] = cells[i].Trim();
                }
            }

            switch (cell.GetValueOrDefault("kind")?.ToLowerInvariant())
            {
                case "record":
                    var name = cell.GetValueOrDefault("name") ?? string.Empty;
                    root[name] = cell.GetValueOrDefault("value");
                    where.Add((name, number));
                    break;
                case "point":
                    where.Add(($"points[{points.Count}]", number));
                    points.Add(Item(cell, "id", "type", "from", "x", "y", "sigmaMetres", "description"));
                    break;
                case "leg":
                    where.Add(($"legs[{legs.Count}]", number));
                    legs.Add(Item(cell, "from", "to"));
                    break;
                case "row":
                    where.Add(($"rows[{rows.Count}]", number));
                    rows.Add(Item(cell, "id", "start", "end", "mineType", "count", "spacingMetres", "length"));
                    break;
                case "perimeter":
                    where.Add(("perimeter", number));
                    root["perimeter"] = new JsonArray([.. (cell.GetValueOrDefault("value") ?? string.Empty)
                        .Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries).Select(id => (JsonNode)JsonValue.Create(id)!)]);
                    break;
                default:
                    errors.Add(new RecordError(Invariant.Text($"line {number}"), cell.GetValueOrDefault("kind"),
                        "the kind must be record, point, leg, perimeter or row."));
                    break;
            }
        }

        if (errors.Count > 0)
        {
            return RecordReadResult.ForErrors(errors);
        }

        (root["points"], root["legs"], root["rows"]) = (points, legs, rows);
        var result = MinefieldRecordReader.ReadJson(root.ToJsonString());
        return result.Success ? result : RecordReadResult.ForErrors([.. result.Errors.Select(e => e with { Field = Locate(e.Field, where) })]);
    }

    private static JsonObject Item(Dictionary<string, string> cell, params string[] names)
    {
        var item = new JsonObject();
        foreach (var name in names.Where(cell.ContainsKey))
        {
            item[name] = cell[name];
        }

        // A bearing or distance with its own unit or reference becomes the object form of the JSON layout.
        foreach (var (field, overrides) in new[] { ("bearing", new[] { ("bearingUnit", "unit"), ("bearingReference", "reference") }),
            ("backBearing", [("bearingUnit", "unit")]), ("distance", [("distanceUnit", "unit")]) })
        {
            if (!cell.TryGetValue(field, out var value))
            {
                continue;
            }

            var own = overrides.Where(o => cell.ContainsKey(o.Item1)).ToList();
            item[field] = own.Count == 0 ? value : new JsonObject(own.Select(o => KeyValuePair.Create(o.Item2, (JsonNode?)cell[o.Item1]))
                .Prepend(KeyValuePair.Create("value", (JsonNode?)value)));
        }

        return item;
    }

    private static string Locate(string field, List<(string Prefix, int Line)> where)
    {
        var lines = where.Where(w => w.Prefix.Length > 0 && (field == w.Prefix || field.StartsWith(w.Prefix + ".", StringComparison.Ordinal)
            || field.StartsWith(w.Prefix + "[", StringComparison.Ordinal))).OrderByDescending(w => w.Prefix.Length).Select(w => w.Line).ToList();
        return lines.Count == 0 ? field : Invariant.Text($"line {lines[0]}: {field}");
    }

    /// <summary>Splits CSV text into lines of cells, with their line numbers (from 1), honouring quotes.</summary>
    private static List<(int Number, List<string> Cells)> Parse(string text)
    {
        var firstLine = text.Split('\n')[0];
        var separator = firstLine.Contains(';', StringComparison.Ordinal) && !firstLine.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var lines = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cellText = new StringBuilder();
        var (quoted, number, start) = (false, 1, 1);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cellText.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    number += c == '\n' ? 1 : 0;
                    cellText.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cellText.ToString());
                cellText.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cellText.ToString().TrimEnd('\r'));
                lines.Add((start, cells));
                (cells, number, start) = ([], number + 1, number + 1);
                cellText.Clear();
            }
            else
            {
                cellText.Append(c);
            }
        }

        if (cellText.Length > 0 || cells.Count > 0)
        {
            cells.Add(cellText.ToString().TrimEnd('\r'));
            lines.Add((start, cells));
        }

        return lines;
    }
}
