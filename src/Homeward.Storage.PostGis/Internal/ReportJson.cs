using System.Text.Json;
using System.Text.Json.Serialization;
using Homeward.Domain;
using Homeward.Domain.Reports;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// The stored form of a whole field report, items included, in the <c>jsonb</c> column <c>payload</c>: the same JSON
/// the GeoPackage stores (<see cref="DomainJson"/>'s conventions, nulls written out, geometries as WKT).
/// </summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = Create();

    /// <summary>The JSON text of a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text.</returns>
    public static string Serialize(FieldReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>The report of a stored JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JsonException">The text is not a stored report.</exception>
    public static FieldReport Deserialize(string json) =>
        JsonSerializer.Deserialize<FieldReport>(json, Options) ?? throw new JsonException("A stored field report is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(DomainJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
        options.Converters.Add(new WktGeometryConverter());
        options.MakeReadOnly();
        return options;
    }
}
