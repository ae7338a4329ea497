using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Geo;
using Homeward.Geo.Overlay;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Homeward.Exchange.Assets;

/// <summary>
/// Asset files: a GeoJSON FeatureCollection (RFC 7946, EPSG:4326 longitude/latitude in degrees) of points, lines or polygons
/// (households, wells, roads, fields, parcels, project sites), for <c>homeward blocked</c>.
/// </summary>
/// <remarks>
/// Each feature needs a geometry: a Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon, valid and with
/// coordinates in range. Its id is the feature's <c>id</c>, else the property <c>id</c>, else its number in the file; ids are
/// unique. Its label is the property <c>name</c>, else the id. A property <c>population</c> (a whole number) is the people
/// living there, for points.
/// </remarks>
public static class AssetFile
{
    private static readonly JsonSerializerOptions GeoJsonOptions = CreateOptions();

    /// <summary>Reads an asset file.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The assets, or every problem found (the feature, the field and what is wrong, with the place for geometry errors).</returns>
    public static AssetFileResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("the file is not a JSON object.");
        }
        catch (JsonException ex)
        {
            return AssetFileResult.Failed([new AssetFileError(0, null, $"not valid JSON: {ex.Message}")]);
        }

        if (root["type"] is not JsonValue type || !type.TryGetValue<string>(out var typeName) || typeName != "FeatureCollection")
        {
            return AssetFileResult.Failed([new AssetFileError(0, "type", "an asset file is a GeoJSON FeatureCollection.")]);
        }

        var errors = new List<AssetFileError>();
        var features = root["features"] as JsonArray ?? [];
        if (features.Count == 0)
        {
            errors.Add(new AssetFileError(0, "features", "the file has no features."));
        }

        var assets = new List<OverlayAsset>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            if (ReadFeature(features[i], i + 1, errors) is not { } asset)
            {
                continue;
            }

            if (!ids.TryAdd(asset.Id, i + 1))
            {
                errors.Add(new AssetFileError(i + 1, "id", $"the id '{asset.Id}' is also feature {ids[asset.Id]}'s; ids are unique."));
                continue;
            }

            assets.Add(asset);
        }

        return errors.Count > 0 ? AssetFileResult.Failed(errors) : AssetFileResult.Ok(assets);
    }

    private static OverlayAsset? ReadFeature(JsonNode? node, int number, List<AssetFileError> errors)
    {
        if (node is not JsonObject feature || feature["type"]?.GetValueKind() != JsonValueKind.String || (string?)feature["type"] != "Feature")
        {
            errors.Add(new AssetFileError(number, null, "not a GeoJSON Feature."));
            return null;
        }

        var properties = feature["properties"] as JsonObject;
        var id = Text(feature["id"]) ?? Text(properties?["id"]) ?? number.ToString(CultureInfo.InvariantCulture);
        var label = Text(properties?["name"]) ?? id;
        int? population = null;
        if (properties?["population"] is JsonValue p && p.GetValueKind() != JsonValueKind.Null)
        {
            if (p.GetValueKind() == JsonValueKind.Number && p.TryGetValue<int>(out var people) && people >= 0)
            {
                population = people;
            }
            else
            {
                errors.Add(new AssetFileError(number, "population", "the population is a whole number, 0 or more."));
                return null;
            }
        }

        if (feature["geometry"] is not JsonObject geometryNode)
        {
            errors.Add(new AssetFileError(number, "geometry", "the feature has no geometry; an asset is a point, line or polygon."));
            return null;
        }

        Geometry? geometry;
        try
        {
            geometry = geometryNode.Deserialize<Geometry>(GeoJsonOptions);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            errors.Add(new AssetFileError(number, "geometry", $"not a GeoJSON geometry: {ex.Message}"));
            return null;
        }

        if (Check(geometry, number) is { } error)
        {
            errors.Add(error);
            return null;
        }

        return new OverlayAsset(id, label, geometry!) { Population = population };
    }

    private static AssetFileError? Check(Geometry? geometry, int number)
    {
        const string Field = "geometry";
        if (geometry is null || geometry.IsEmpty)
        {
            return new AssetFileError(number, Field, "the geometry is empty.");
        }

        if (geometry is not (Point or MultiPoint or LineString or MultiLineString or Polygon or MultiPolygon))
        {
            return new AssetFileError(number, Field, $"an asset is a point, line or polygon (or a multi-geometry of one), not a {geometry.GeometryType}.");
        }

        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90)
            {
                return new AssetFileError(number, Field,
                    "the coordinate is not a longitude and latitude in degrees (GeoJSON is EPSG:4326: −180 to 180, −90 to 90).", new LonLat(c.X, c.Y));
            }
        }

        var invalid = new IsValidOp(geometry).ValidationError;
        return invalid is null
            ? null
            : new AssetFileError(number, Field, $"invalid geometry: {invalid.Message}.", new LonLat(invalid.Coordinate.X, invalid.Coordinate.Y));
    }

    private static string? Text(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        }
        : null;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(GeometryServices.Wgs84));
        return options;
    }
}
