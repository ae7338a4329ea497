using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Cli.Rendering;
using Homeward.Geo.Overlay;

namespace Homeward.Cli.Blocked;

/// <summary>The files <c>homeward blocked --out</c> writes: CSV (one row per asset or hazard) or GeoJSON (their geometries).</summary>
internal static class BlockedFiles
{
    /// <summary>Whether the file name asks for a form this command writes.</summary>
    public static bool IsSupported(string path) => Format(path) is not null;

    /// <summary>Writes the report; the format follows the extension (.csv, .geojson or .json).</summary>
    public static async Task<int> WriteAsync(string path, BlockedReport report, bool byHazard, CancellationToken cancellationToken)
    {
        var text = Format(path) == "csv"
            ? byHazard ? HazardsCsv(report) : AssetsCsv(report)
            : GeoJson(report, byHazard);
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken);
        return byHazard ? report.Result.Hazards.Count : report.Result.Assets.Count;
    }

    private static string? Format(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" => "csv",
        ".GEOJSON" or ".JSON" => "geojson",
        _ => null,
    };

    private static string AssetsCsv(BlockedReport report)
    {
        var csv = new StringBuilder();
        Row(csv, "id", "label", "shape", "population", "area_m2", "length_m", "blocked", "blocked_m2", "blocked_m", "share",
            "blocking_hazards_m2", "hazards", "synthetic_data");
        foreach (var a in report.Result.Assets)
        {
            // Each hazard as CODE:AMOUNT, the amount in the asset's unit (m², m, or the distance in m for points).
            var hazards = string.Join(';', a.Blockages.Select(b => $"{b.HazardCode}:{Number(b.BlockedSquareMetres ?? b.BlockedMetres ?? b.DistanceMetres)}"));
            Row(csv, a.Asset.Id, a.Asset.Label, Name(a.Shape), Number(a.Asset.Population), Number(a.AreaSquareMetres), Number(a.LengthMetres),
                a.IsBlocked ? "true" : "false", Number(a.BlockedSquareMetres), Number(a.BlockedMetres), Number(a.Share),
                Number(a.BlockingHazardsSquareMetres), hazards, report.ContainsSyntheticData ? "true" : "false");
        }

        return csv.ToString();
    }

    private static string HazardsCsv(BlockedReport report)
    {
        var csv = new StringBuilder();
        Row(csv, "code", "name", "status", "area_m2", "assets_blocked", "blocked_m2", "blocked_m", "points_blocked", "people_kept_from_home",
            "people_freed_if_cleared", "population_nearby", "points_unknown_population", "assets", "synthetic_data");
        foreach (var h in report.Result.Hazards)
        {
            Row(csv, h.Hazard.Code, h.Hazard.Name ?? string.Empty, JsonNamingPolicy.CamelCase.ConvertName(h.Hazard.Status.ToString()),
                Number(h.AreaSquareMetres), Number(h.Blockages.Count), Number(h.BlockedSquareMetres), Number(h.BlockedMetres),
                Number(h.PointsBlocked), Number(h.PeopleKeptFromHome), Number(h.PeopleFreedIfCleared), Number(h.PopulationNearby),
                Number(h.PointsWithUnknownPopulation), string.Join(';', h.Blockages.Select(b => b.AssetId)),
                report.ContainsSyntheticData ? "true" : "false");
        }

        return csv.ToString();
    }

    private static string GeoJson(BlockedReport report, bool byHazard)
    {
        var features = new JsonArray();
        if (byHazard)
        {
            foreach (var h in report.Result.Hazards)
            {
                features.Add(Feature(h.Hazard.Geometry, report.HazardJson(h)));
            }
        }
        else
        {
            foreach (var a in report.Result.Assets)
            {
                features.Add(Feature(a.Asset.Geometry, BlockedReport.AssetJson(a)));
            }
        }

        var root = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["dataVersion"] = report.DataVersion,
            ["layer"] = report.Layer,
            ["radiusMetres"] = report.RadiusMetres,
            ["containsSyntheticData"] = report.ContainsSyntheticData,
            ["features"] = features,
        };
        return root.ToJsonString(CliJson.Options);
    }

    private static JsonObject Feature(NetTopologySuite.Geometries.Geometry? geometry, object properties) => new()
    {
        ["type"] = "Feature",
        ["geometry"] = geometry is null ? null : JsonSerializer.SerializeToNode(geometry, CliJson.Options),
        ["properties"] = JsonSerializer.SerializeToNode(properties, CliJson.Options),
    };

    private static string Name(AssetShape shape) => JsonNamingPolicy.CamelCase.ConvertName(shape.ToString());

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static void Row(StringBuilder csv, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var field = fields[i];
            csv.Append(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field);
        }

        csv.Append("\r\n");
    }
}
