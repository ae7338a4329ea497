using System.Globalization;
using System.Text.Json.Nodes;

namespace Homeward.Exchange.FieldReports;

/// <summary>
/// Writes the attributes of a field-report item (the JSON object the report materializer reads): a value only when there is
/// one, lists only when not empty, dates as ISO <c>yyyy-MM-dd</c>. Shared by the importers that build items from a source
/// (ODK submissions, IMSMA NG maXML).
/// </summary>
internal static class ItemAttributes
{
    public static void Set(JsonObject o, string name, string? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }

    public static void SetList(JsonObject o, string name, List<string> values)
    {
        if (values.Count > 0)
        {
            o[name] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }
    }

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
