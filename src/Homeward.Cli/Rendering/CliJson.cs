using System.Text.Json;
using Homeward.Domain;
using Homeward.Geo;
using NetTopologySuite.IO.Converters;

namespace Homeward.Cli.Rendering;

/// <summary>The JSON the command writes with <c>--json</c>: the objects' own JSON form, geometry as GeoJSON, indented.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(DomainJson.Options) { WriteIndented = true };
        options.Converters.Add(new GeoJsonConverterFactory(GeometryServices.Wgs84));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
