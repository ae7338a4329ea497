using System.Globalization;
using System.Text.Json;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Homeward.Exchange.Export;

/// <summary>Reads a GeoJSON FeatureCollection written by <see cref="GeoJsonLayerWriter"/> back into rows of a schema.</summary>
internal static class GeoJsonLayerReader
{
    private static readonly JsonSerializerOptions GeometryOptions = Create();

    public static IReadOnlyList<ExportFeature> Read(string path, ExportLayerSchema schema)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{path} is not a GeoJSON FeatureCollection.");
        }

        var result = new List<ExportFeature>();
        foreach (var feature in features.EnumerateArray())
        {
            Geometry? geometry = null;
            if (feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
            {
                geometry = g.Deserialize<Geometry>(GeometryOptions);
            }

            var values = new object?[schema.Fields.Count];
            if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    if (properties.TryGetProperty(schema.Fields[i].Name, out var value) && value.ValueKind != JsonValueKind.Null)
                    {
                        values[i] = schema.Fields[i].Type switch
                        {
                            ExportFieldType.WholeNumber => value.GetInt64(),
                            ExportFieldType.Real => value.GetDouble(),
                            ExportFieldType.Boolean => value.GetBoolean(),
                            ExportFieldType.Date => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                            ExportFieldType.Json => value.GetRawText(),
                            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
                        };
                    }
                }
            }

            result.Add(new ExportFeature(geometry, values));
        }

        return result;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(GeometryServices.Wgs84));
        return options;
    }
}
