using System.Globalization;
using System.Text.Json;

namespace Homeward.Exchange.Odk;

/// <summary>
/// Reads the submissions of a form from an export of ODK Central or KoboToolbox:
/// <list type="bullet">
/// <item>ODK Central's CSV (<c>FORM.csv</c>, group paths joined by <c>-</c>, geopoints split into <c>-Latitude</c>,
/// <c>-Longitude</c>, <c>-Altitude</c>, <c>-Accuracy</c> columns, <c>meta-instanceID</c>, <c>KEY</c>, <c>SubmitterName</c>,
/// <c>FormVersion</c>; each repeat in <c>FORM-REPEAT.csv</c> with <c>PARENT_KEY</c> and <c>KEY</c>);</item>
/// <item>KoboToolbox's CSV (<c>;</c>-separated by default, group paths joined by <c>/</c>, <c>_uuid</c>,
/// <c>_submitted_by</c>, <c>__version__</c>; no repeats, which Kobo exports only in XLSX);</item>
/// <item>ODK Central's OData JSON (<c>{"value": [...]}</c> with <c>__id</c>, <c>__system</c>, groups as nested objects, repeats
/// as arrays when fetched with <c>$expand=*</c>, geometry as GeoJSON, longitude first);</item>
/// <item>KoboToolbox's JSON (<c>{"results": [...]}</c> or an array, keys as paths <c>group/field</c>, repeats as arrays,
/// <c>_uuid</c>, <c>_attachments</c>).</item>
/// </list>
/// Thread-safe.
/// </summary>
public static class SubmissionReader
{
    private static readonly string[] GeopointParts = ["Latitude", "Longitude", "Altitude", "Accuracy"];

    /// <summary>Reads the export.</summary>
    /// <param name="files">The export's files.</param>
    /// <returns>The submissions, or why the export cannot be read.</returns>
    public static SubmissionReadResult Read(SubmissionFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var bytes = files.Get(files.Main);
        if (bytes is null || bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            return SubmissionReadResult.Failed($"{files.Main} is empty.");
        }

        var text = CsvText.Decode(bytes, files.Main, out var error);
        if (text is null)
        {
            return SubmissionReadResult.Failed(error!);
        }

        return files.Main.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[')
            ? ReadJson(files.Main, text)
            : ReadCsv(files, text);
    }

    private static SubmissionReadResult ReadCsv(SubmissionFiles files, string text)
    {
        var delimiter = CsvText.DetectDelimiter(text);
        var rows = CsvText.Parse(text, delimiter, files.Main, out var error);
        if (rows is null)
        {
            return SubmissionReadResult.Failed(error!);
        }

        if (rows.Count == 0)
        {
            return SubmissionReadResult.Failed($"{files.Main} is empty.");
        }

        var header = rows[0];
        var isKobo = header.Contains("_uuid") || header.Any(h => h.Contains('/', StringComparison.Ordinal));
        var source = isKobo ? "kobo-csv" : "odk-central-csv";
        var instanceColumn = header.FindIndex(h => h is "meta-instanceID" or "meta/instanceID" or "instanceID");
        var keyColumn = instanceColumn >= 0 ? instanceColumn : header.FindIndex(h => h is "KEY" or "_uuid");
        if (keyColumn < 0)
        {
            return SubmissionReadResult.Failed($"{files.Main}: the header has no instance ID column (meta-instanceID, KEY or _uuid); is this a submissions export?",
                source);
        }

        var submissions = new List<FormSubmission>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count != header.Count)
            {
                return SubmissionReadResult.Failed(string.Create(CultureInfo.InvariantCulture,
                    $"{files.Main} row {r + 1}: {row.Count} field(s) where the header has {header.Count} (is the file cut short or the delimiter wrong?)."), source);
            }

            var id = InstanceId(row[keyColumn]);
            if (id.Length == 0 || !seen.Add(id))
            {
                return SubmissionReadResult.Failed(string.Create(CultureInfo.InvariantCulture,
                    $"{files.Main} row {r + 1}: the instance ID '{row[keyColumn]}' is {(id.Length == 0 ? "empty" : "repeated")}."), source);
            }

            var values = RowValues(header, row);
            string? Column(params string[] names) => names.Select(n => header.IndexOf(n)).Where(i => i >= 0).Select(i => row[i]).FirstOrDefault(v => v.Length > 0);
            submissions.Add(new FormSubmission(id, new SubmissionRecord(id, values, new Dictionary<string, IReadOnlyList<SubmissionRecord>>()))
            {
                FormVersion = Column("FormVersion", "__version__"),
                Submitter = Column("SubmitterName", "_submitted_by"),
                SubmittedAt = Column("SubmissionDate", "_submission_time"),
            });
        }

        if (submissions.Count == 0)
        {
            return SubmissionReadResult.Failed($"{files.Main} has a header but no submissions.", source);
        }

        return isKobo ? SubmissionReadResult.Ok(submissions, source) : WithRepeatCsvs(files, submissions, source);
    }

    private static SubmissionReadResult WithRepeatCsvs(SubmissionFiles files, List<FormSubmission> submissions, string source)
    {
        var stem = files.Main[..^".csv".Length];
        var byId = submissions.ToDictionary(s => s.InstanceId, _ => new Dictionary<string, List<SubmissionRecord>>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var path in files.Paths.Where(p => p.StartsWith(stem + "-", StringComparison.Ordinal) && p.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            var repeat = path[(stem.Length + 1)..^".csv".Length].Split('~')[0];
            var text = CsvText.Decode(files.Get(path)!, path, out var error);
            var rows = text is null ? null : CsvText.Parse(text, CsvText.DetectDelimiter(text), path, out error);
            if (rows is null)
            {
                return SubmissionReadResult.Failed(error!, source);
            }

            if (rows.Count == 0)
            {
                continue;
            }

            var header = rows[0];
            var (parentColumn, keyColumn) = (header.IndexOf("PARENT_KEY"), header.IndexOf("KEY"));
            if (parentColumn < 0 || keyColumn < 0)
            {
                return SubmissionReadResult.Failed($"{path}: a repeat's CSV needs PARENT_KEY and KEY columns.", source);
            }

            for (var r = 1; r < rows.Count; r++)
            {
                var row = rows[r];
                if (row.Count != header.Count)
                {
                    return SubmissionReadResult.Failed(string.Create(CultureInfo.InvariantCulture,
                        $"{path} row {r + 1}: {row.Count} field(s) where the header has {header.Count} (is the file cut short?)."), source);
                }

                // Central's PARENT_KEY of a repeat at the top level is the instance ID itself.
                if (!byId.TryGetValue(InstanceId(row[parentColumn]), out var repeats))
                {
                    return SubmissionReadResult.Failed(string.Create(CultureInfo.InvariantCulture,
                        $"{path} row {r + 1}: PARENT_KEY '{row[parentColumn]}' is no submission of {files.Main}."), source);
                }

                if (!repeats.TryGetValue(repeat, out var entries))
                {
                    repeats[repeat] = entries = [];
                }

                entries.Add(new SubmissionRecord(row[keyColumn], RowValues(header, row), new Dictionary<string, IReadOnlyList<SubmissionRecord>>()));
            }
        }

        return SubmissionReadResult.Ok([.. submissions.Select(s => s with
        {
            Record = s.Record with
            {
                Repeats = byId[s.InstanceId].ToDictionary(r => r.Key, r => (IReadOnlyList<SubmissionRecord>)r.Value, StringComparer.Ordinal),
            },
        })], source);
    }

    private static Dictionary<string, string> RowValues(List<string> header, List<string> row)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var geopoints = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var column = header[i];
            if (column.StartsWith('_') || column is "KEY" or "PARENT_KEY" or "SubmissionDate" or "SubmitterID" or "SubmitterName" or "Status"
                or "ReviewState" or "DeviceID" or "Edits" or "FormVersion" or "AttachmentsPresent" or "AttachmentsExpected")
            {
                continue;
            }

            var dash = column.LastIndexOf('-');
            var part = dash < 0 ? -1 : Array.IndexOf(GeopointParts, column[(dash + 1)..]);
            if (part >= 0)
            {
                var field = LeafName(column[..dash]);
                if (!geopoints.TryGetValue(field, out var parts))
                {
                    geopoints[field] = parts = new string[4];
                }

                parts[part] = row[i].Trim();
                continue;
            }

            values[LeafName(column)] = row[i];
        }

        foreach (var (field, parts) in geopoints)
        {
            values[field] = parts.All(string.IsNullOrEmpty) ? string.Empty : string.Join(' ', parts.Select(p => string.IsNullOrEmpty(p) ? "0" : p));
        }

        return values;
    }

    private static SubmissionReadResult ReadJson(string name, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            return SubmissionReadResult.Failed($"{name} is not valid JSON: {ex.Message}", "json");
        }

        using (document)
        {
            var root = document.RootElement;
            var (array, source) = root.ValueKind switch
            {
                JsonValueKind.Object when root.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Array => (v, "odk-central-json"),
                JsonValueKind.Object when root.TryGetProperty("results", out var v) && v.ValueKind == JsonValueKind.Array => (v, "kobo-json"),
                JsonValueKind.Array => (root, "kobo-json"),
                _ => (default, "json"),
            };
            if (array.ValueKind != JsonValueKind.Array)
            {
                return SubmissionReadResult.Failed($"{name}: expected ODK Central's OData JSON ({{\"value\": [...]}}) or KoboToolbox's ({{\"results\": [...]}} or [...]).", source);
            }

            var submissions = new List<FormSubmission>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                index++;
                var where = string.Create(CultureInfo.InvariantCulture, $"{name} submission {index}");
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return SubmissionReadResult.Failed($"{where} is not a JSON object.", source);
                }

                var id = InstanceId(FindString(element, "meta", "instanceID") ?? Text(element, "meta/instanceID") ?? Text(element, "__id") ?? Text(element, "_uuid") ?? string.Empty);
                if (id.Length == 0 || !seen.Add(id))
                {
                    return SubmissionReadResult.Failed($"{where}: the instance ID '{id}' is {(id.Length == 0 ? "missing (meta/instanceID, __id or _uuid)" : "repeated")}.", source);
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                var repeats = new Dictionary<string, IReadOnlyList<SubmissionRecord>>(StringComparer.Ordinal);
                var problem = Flatten(element, id, values, repeats);
                if (problem is not null)
                {
                    return SubmissionReadResult.Failed($"{where} ({id}): {problem}", source);
                }

                var attachments = new Dictionary<string, string>(StringComparer.Ordinal);
                if (element.TryGetProperty("_attachments", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    foreach (var a in list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
                    {
                        if (Text(a, "filename") is { Length: > 0 } path)
                        {
                            attachments[path.Split('/')[^1]] = path;
                        }
                    }
                }

                submissions.Add(new FormSubmission(id, new SubmissionRecord(id, values, repeats))
                {
                    FormVersion = FindString(element, "__system", "formVersion") ?? Text(element, "__version__"),
                    Submitter = FindString(element, "__system", "submitterName") ?? Text(element, "_submitted_by"),
                    SubmittedAt = FindString(element, "__system", "submissionDate") ?? Text(element, "_submission_time"),
                    AttachmentPaths = attachments,
                });
            }

            return submissions.Count == 0 ? SubmissionReadResult.Failed($"{name} holds no submissions.", source) : SubmissionReadResult.Ok(submissions, source);
        }
    }

    /// <summary>Flattens groups; repeats become entries; GeoJSON becomes ODK's text. Returns a problem, or null.</summary>
    private static string? Flatten(JsonElement element, string path, Dictionary<string, string> values, Dictionary<string, IReadOnlyList<SubmissionRecord>> repeats)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = property.Name;
            if (key.StartsWith('_') || key.Contains('@', StringComparison.Ordinal) || key is "meta" || key.EndsWith("/instanceID", StringComparison.Ordinal))
            {
                continue;
            }

            var name = LeafName(key);
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Object when value.TryGetProperty("type", out _) && value.TryGetProperty("coordinates", out _):
                    var geo = GeoJsonText(value);
                    if (geo is null)
                    {
                        return $"'{key}' is not a GeoJSON Point, LineString or Polygon with finite coordinates.";
                    }

                    values[name] = geo;
                    break;
                case JsonValueKind.Object:
                    var inner = Flatten(value, path, values, repeats);
                    if (inner is not null)
                    {
                        return inner;
                    }

                    break;
                case JsonValueKind.Array:
                    var entries = new List<SubmissionRecord>();
                    var n = 0;
                    foreach (var entry in value.EnumerateArray())
                    {
                        n++;
                        var entryPath = string.Create(CultureInfo.InvariantCulture, $"{path}/{name}[{n}]");
                        if (entry.ValueKind != JsonValueKind.Object)
                        {
                            return $"'{key}' entry {n} is not an object.";
                        }

                        var entryValues = new Dictionary<string, string>(StringComparer.Ordinal);
                        var nested = new Dictionary<string, IReadOnlyList<SubmissionRecord>>(StringComparer.Ordinal);
                        var problem = Flatten(entry, entryPath, entryValues, nested);
                        if (problem is not null)
                        {
                            return problem;
                        }

                        entries.Add(new SubmissionRecord(entryPath, entryValues, nested));
                    }

                    repeats[name] = entries;
                    break;
                case JsonValueKind.String:
                    values[name] = value.GetString()!;
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    values[name] = value.GetRawText();
                    break;
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>A GeoJSON Point, LineString or Polygon (outer ring) in ODK's text encoding: latitude first.</summary>
    private static string? GeoJsonText(JsonElement geometry)
    {
        var type = geometry.GetProperty("type").ValueKind == JsonValueKind.String ? geometry.GetProperty("type").GetString() : null;
        var coordinates = geometry.GetProperty("coordinates");
        var points = type switch
        {
            "Point" => [coordinates],
            "LineString" when coordinates.ValueKind == JsonValueKind.Array => coordinates.EnumerateArray().ToList(),
            "Polygon" when coordinates.ValueKind == JsonValueKind.Array && coordinates.GetArrayLength() > 0
                && coordinates[0].ValueKind == JsonValueKind.Array => coordinates[0].EnumerateArray().ToList(),
            _ => null,
        };
        if (points is null)
        {
            return null;
        }

        double? accuracy = geometry.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("accuracy", out var a)
            && a.ValueKind == JsonValueKind.Number ? a.GetDouble() : null;
        var texts = new List<string>();
        foreach (var point in points)
        {
            if (point.ValueKind != JsonValueKind.Array || point.GetArrayLength() < 2
                || point.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.Number || !double.IsFinite(c.GetDouble())))
            {
                return null;
            }

            var (lon, lat) = (point[0].GetDouble(), point[1].GetDouble());
            var altitude = point.GetArrayLength() > 2 ? point[2].GetDouble() : 0;
            texts.Add(string.Create(CultureInfo.InvariantCulture, $"{lat:R} {lon:R} {altitude:R} {accuracy ?? 0:R}"));
        }

        return string.Join(';', texts);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static string? FindString(JsonElement element, string group, string name) =>
        element.TryGetProperty(group, out var g) && g.ValueKind == JsonValueKind.Object ? Text(g, name) : null;

    private static string LeafName(string path)
    {
        var cut = path.LastIndexOfAny(['-', '/']);
        return cut < 0 ? path : path[(cut + 1)..];
    }

    private static string InstanceId(string text)
    {
        var id = text.Trim();
        return id.Length == 0 || id.StartsWith("uuid:", StringComparison.Ordinal) ? id : "uuid:" + id;
    }
}
