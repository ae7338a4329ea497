using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Geo;
using Homeward.Geo.Validation;
using NetTopologySuite.IO.Converters;

namespace Homeward.Exchange.FieldReports;

/// <summary>
/// Reads and writes field-report files: a GeoJSON FeatureCollection (RFC 7946, EPSG:4326, longitude first) with a
/// <c>report</c> member for the header and one feature per item. Each feature's <c>properties</c> hold
/// <c>kind</c> (for example <c>hazardousArea</c>), optionally <c>itemRef</c> and <c>code</c>, and the object's
/// attributes by their JSON names. QGIS and GDAL read and write such files as ordinary GeoJSON.
/// </summary>
public static class FieldReportFile
{
    private static readonly JsonSerializerOptions GeoJsonOptions = CreateOptions();

    /// <summary>
    /// Reads a field-report file, checking every geometry for the Karabakh deployment (see
    /// <see cref="GeometryValidator.ForKarabakh"/>) and repairing none.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The draft, or every problem found (the feature, the field and what is wrong).</returns>
    public static FieldReportFileResult Read(string json) => Read(json, new FieldReportReadOptions { Validator = GeometryValidator.ForKarabakh() });

    /// <summary>
    /// Reads a field-report file. Every geometry is checked at this boundary: an invalid one (a bow-tie, a ring that is
    /// not closed) is refused with its coordinate unless <see cref="FieldReportReadOptions.RepairGeometry"/> asks for a
    /// repair, which is then recorded in the item. Problems that review refuses (swapped axes, outside the deployment
    /// region, a ring too small to be real) come back as warnings.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <param name="options">The geometry checks, and whether to repair.</param>
    /// <returns>The draft, or every problem found (the feature, the field and what is wrong); warnings either way.</returns>
    public static FieldReportFileResult Read(string json, FieldReportReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("the file is not a JSON object.");
        }
        catch (JsonException ex)
        {
            return FieldReportFileResult.Failed([new FieldReportFileError(0, null, $"not valid JSON: {ex.Message}")]);
        }

        var errors = new List<FieldReportFileError>();
        if (root["type"]?.GetValue<string>() != "FeatureCollection")
        {
            errors.Add(new FieldReportFileError(0, "type", "a field-report file is a GeoJSON FeatureCollection."));
            return FieldReportFileResult.Failed(errors);
        }

        var header = root["report"] as JsonObject;
        var title = header?["title"]?.GetValue<string>();
        var formType = header?["formType"]?.GetValue<string>() ?? "field-report";
        DateOnly? reportedOn = null;
        if (header?["reportedOn"]?.GetValue<string>() is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                reportedOn = date;
            }
            else
            {
                errors.Add(new FieldReportFileError(0, "reportedOn", $"'{dateText}' is not a date written yyyy-MM-dd."));
            }
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new FieldReportFileError(0, "title", "the report needs a title (\"report\": { \"title\": ... })."));
        }

        var items = new List<FieldReportItem>();
        var warnings = new List<FieldReportFileError>();
        var features = root["features"] as JsonArray ?? [];
        for (var i = 0; i < features.Count; i++)
        {
            var item = ReadFeature(features[i], i + 1, options, errors, warnings);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        if (features.Count == 0)
        {
            errors.Add(new FieldReportFileError(0, "features", "the report has no features."));
        }

        return errors.Count > 0
            ? FieldReportFileResult.Failed(errors, warnings)
            : FieldReportFileResult.Ok(new FieldReportDraft
            {
                Title = title!,
                FormType = formType,
                ReportedOn = reportedOn,
                IsSynthetic = header?["isSynthetic"]?.GetValue<bool>() ?? false,
                Items = items,
            }, warnings);
    }

    /// <summary>Writes a stored report back as a field-report file.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The GeoJSON text, indented.</returns>
    public static string Write(FieldReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var output = new MemoryStream();
        WriteAsync(report, report.Items.ToAsyncEnumerable(), output, CancellationToken.None).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <summary>
    /// Writes a report as a field-report file one item at a time, for reports too large to hold in memory: the same
    /// GeoJSON as <see cref="Write(FieldReport)"/>.
    /// </summary>
    /// <param name="report">The report; its own items are not read.</param>
    /// <param name="items">Its items, in order.</param>
    /// <param name="output">Where to write the UTF-8 text.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task.</returns>
    public static async Task WriteAsync(FieldReport report, IAsyncEnumerable<FieldReportItem> items, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(items);
        var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        await using var writerScope = writer.ConfigureAwait(false);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WritePropertyName("report");
        new JsonObject
        {
            ["code"] = report.Code,
            ["title"] = report.Title,
            ["formType"] = report.FormType,
            ["status"] = report.Status.ToString().ToLowerInvariant(),
            ["reportedOn"] = report.ReportedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["isSynthetic"] = report.IsSynthetic,
        }.WriteTo(writer);
        writer.WriteStartArray("features");
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var properties = JsonNode.Parse(item.AttributesJson)!.AsObject();
            properties.Insert(0, "kind", ObjectKindInfo.Of(item.Kind).JsonName);
            properties.Insert(1, "itemRef", item.ItemRef);
            if (item.TargetCode is not null && !properties.ContainsKey("code"))
            {
                properties.Insert(2, "code", item.TargetCode);
            }

            new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = item.Geometry is null ? null : JsonSerializer.SerializeToNode(item.Geometry, GeoJsonOptions),
                ["properties"] = properties,
            }.WriteTo(writer);
            if (writer.BytesPending > 1 << 16)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static FieldReportItem? ReadFeature(JsonNode? node, int number, FieldReportReadOptions options, List<FieldReportFileError> errors,
        List<FieldReportFileError> warnings)
    {
        if (node is not JsonObject feature || feature["type"]?.GetValue<string>() != "Feature")
        {
            errors.Add(new FieldReportFileError(number, null, "not a GeoJSON Feature."));
            return null;
        }

        if (feature["properties"] is not JsonObject properties)
        {
            errors.Add(new FieldReportFileError(number, "properties", "the feature has no properties; it needs at least 'kind'."));
            return null;
        }

        var kindName = properties["kind"] is JsonValue k && k.TryGetValue<string>(out var s) ? s : null;
        if (kindName is null || !ObjectKindInfo.TryParse(kindName, out var info))
        {
            errors.Add(new FieldReportFileError(number, "kind", $"'{kindName}' is not a kind of object; use one of "
                + string.Join(", ", ObjectKindInfo.All.Select(i => i.JsonName)) + "."));
            return null;
        }

        var itemRef = properties["itemRef"]?.GetValue<string>()
            ?? (feature["id"] is JsonValue id ? id.ToString() : null)
            ?? $"item-{number}";
        var attributes = new JsonObject();
        foreach (var (key, value) in properties)
        {
            if (key is not ("kind" or "itemRef"))
            {
                attributes[key] = value?.DeepClone();
            }
        }

        if (!FeatureGeometry.TryRead(feature["geometry"], info.Kind, number, itemRef, options, GeoJsonOptions, errors, warnings,
            out var geometry, out var repair))
        {
            return null;
        }

        return new FieldReportItem(itemRef, info.Kind, attributes.ToJsonString(), geometry,
            properties["code"] is JsonValue c && c.TryGetValue<string>(out var code) ? code : null, null)
        { GeometryRepair = repair };
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(GeometryServices.Wgs84));
        return options;
    }
}
