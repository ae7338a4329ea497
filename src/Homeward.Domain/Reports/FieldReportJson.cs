using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Domain.Reports;

/// <summary>
/// The stored form of field reports, shared by every store and by copies between them: the report's header (the report
/// without its items) and each item apart, or a whole report with its items (a file, a copy):
/// <see cref="DomainJson"/>'s conventions with nulls written out (the items' positional parameters are required when
/// read), and geometries as WKT text, whose shortest-round-trip numbers read back to the same doubles (two dimensions).
/// Thread-safe.
/// </summary>
public sealed class FieldReportJson
{
    private readonly JsonSerializerOptions _options;

    /// <summary>Creates the form, reading geometries through <paramref name="factory"/>.</summary>
    /// <param name="factory">The factory of stored geometries (SRID 4326).</param>
    public FieldReportJson(GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _options = new JsonSerializerOptions(DomainJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
        _options.Converters.Add(new WktConverter(new WKTReader(factory.GeometryServices)));
        _options.MakeReadOnly();
    }

    /// <summary>The JSON text of a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    public string Serialize(FieldReport report) => JsonSerializer.Serialize(report, _options);

    /// <summary>The report of a stored JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JsonException">The text is not a stored report.</exception>
    public FieldReport Deserialize(string json) =>
        JsonSerializer.Deserialize<FieldReport>(json, _options) ?? throw new JsonException("A stored field report is null.");

    /// <summary>The JSON text of a report without its items: what a store keeps beside the item rows.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, with an empty item list.</returns>
    public string SerializeHeader(FieldReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Serialize(report.Items.Count == 0 ? report : report with { Items = [] });
    }

    /// <summary>The JSON text of one item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The text.</returns>
    public string SerializeItem(FieldReportItem item) => JsonSerializer.Serialize(item, _options);

    /// <summary>The item of a stored JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The item.</returns>
    /// <exception cref="JsonException">The text is not a stored item.</exception>
    public FieldReportItem DeserializeItem(string json) =>
        JsonSerializer.Deserialize<FieldReportItem>(json, _options) ?? throw new JsonException("A stored field report item is null.");

    private sealed class WktConverter(WKTReader reader) : JsonConverter<Geometry>
    {
        public override Geometry Read(ref Utf8JsonReader json, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = json.GetString() ?? throw new JsonException("A stored geometry must be WKT text.");
            try
            {
                // WKTReader keeps no state between reads, but it is not documented as thread-safe: read under a lock.
                lock (reader)
                {
                    return reader.Read(text);
                }
            }
            catch (ParseException ex)
            {
                throw new JsonException($"The stored geometry is not valid WKT: {ex.Message}", ex);
            }
        }

        public override void Write(Utf8JsonWriter writer, Geometry value, JsonSerializerOptions options) =>
            writer.WriteStringValue(new WKTWriter().Write(value));
    }
}
