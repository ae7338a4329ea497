using System.Globalization;
using System.Text.Json.Nodes;

namespace Homeward.Cli.Tests;

/// <summary>Builds field-report files as an officer would write them.</summary>
internal static class ReportFiles
{
    /// <summary>A square polygon of <paramref name="sizeDegrees"/> with its south-west corner at the given point.</summary>
    public static JsonObject Square(double lon, double lat, double sizeDegrees)
    {
        var ring = new JsonArray(Pair(lon, lat), Pair(lon + sizeDegrees, lat), Pair(lon + sizeDegrees, lat + sizeDegrees), Pair(lon, lat + sizeDegrees), Pair(lon, lat));
        return new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) };
    }

    public static JsonObject Point(double lon, double lat) => new() { ["type"] = "Point", ["coordinates"] = Pair(lon, lat) };

    public static JsonObject Feature(string itemRef, JsonObject? geometry, JsonObject properties) => new()
    {
        ["type"] = "Feature",
        ["id"] = itemRef,
        ["geometry"] = geometry?.DeepClone(),
        ["properties"] = properties,
    };

    public static string Report(string title, params JsonObject[] features) => new JsonObject
    {
        ["type"] = "FeatureCollection",
        ["report"] = new JsonObject { ["title"] = title, ["formType"] = "hazard-survey" },
        ["features"] = new JsonArray(features),
    }.ToJsonString();

    public static JsonObject Hazard(string areaClass = "sha", string hazardType = "battle-area") => new()
    {
        ["kind"] = "hazardousArea",
        ["areaClass"] = areaClass,
        ["hazardType"] = hazardType,
    };

    public static JsonObject Released(string hazard, string outcome, string releasedOn) => new()
    {
        ["kind"] = "releasedArea",
        ["hazardousArea"] = hazard,
        ["outcome"] = outcome,
        ["releasedOn"] = releasedOn,
    };

    private static JsonArray Pair(double lon, double lat) =>
        new(JsonValue.Create(Math.Round(lon, 7)), JsonValue.Create(Math.Round(lat, 7)));

    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
