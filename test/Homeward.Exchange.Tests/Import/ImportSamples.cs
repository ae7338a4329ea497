using System.Globalization;
using Homeward.Domain;
using Homeward.Exchange.Import;
using Homeward.Geo.Validation;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.Import;

/// <summary>Source files as operators send them, and a shortcut to import one.</summary>
internal static class ImportSamples
{
    /// <summary>Three hazardous areas (synthetic): Cyrillic and Azerbaijani names, a hole, a multipolygon.</summary>
    public const string Hazards = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"name": "Поле у реки", "area_class": "SHA", "hazard_type": "minefield-ap", "priority": 2},
           "geometry": {"type": "Polygon", "coordinates": [[[46.90, 39.90], [46.91, 39.90], [46.91, 39.91], [46.90, 39.91], [46.90, 39.90]],
                                                           [[46.902, 39.902], [46.902, 39.904], [46.904, 39.904], [46.904, 39.902], [46.902, 39.902]]]}},
          {"type": "Feature", "properties": {"name": "Şuşa yolu", "area_class": "cha", "hazard_type": "battle-area", "priority": 1},
           "geometry": {"type": "Polygon", "coordinates": [[[46.75, 39.76], [46.76, 39.76], [46.76, 39.765], [46.75, 39.76]]]}},
          {"type": "Feature", "properties": {"name": "Field 3", "area_class": "sha", "hazard_type": "cluster-strike", "priority": 3},
           "geometry": {"type": "MultiPolygon", "coordinates": [[[[47.10, 39.40], [47.11, 39.40], [47.11, 39.41], [47.10, 39.41], [47.10, 39.40]]],
                                                                [[[47.12, 39.40], [47.13, 39.40], [47.13, 39.41], [47.12, 39.40]]]]}}
        ]}
        """;

    /// <summary>Two devices found (synthetic), with their position also as lon/lat attributes for formats without geometry.</summary>
    public const string Devices = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"category": "ap-mine", "model": "ПМН-2", "quantity": 3, "found_on": "2021-05-03", "lon": 46.905, "lat": 39.905},
           "geometry": {"type": "Point", "coordinates": [46.905, 39.905]}},
          {"type": "Feature", "properties": {"category": "uxo", "model": "OF-462", "quantity": 1, "found_on": "2023-11-20", "lon": 47.2, "lat": 39.6},
           "geometry": {"type": "Point", "coordinates": [47.2, 39.6]}}
        ]}
        """;

    public static DateOnly Today { get; } = new(2025, 6, 1);

    public static ImportOptions Options(ObjectKind kind, ImportMapping? mapping = null) => new()
    {
        Kind = kind,
        Mapping = mapping ?? new ImportMapping(),
        Validator = GeometryValidator.ForKarabakh(),
        Today = Today,
    };

    public static async Task<(ImportResult Result, SourceReader Reader)> ImportAsync(string path, ObjectKind kind, ImportMapping? mapping = null,
        SourceOptions? sourceOptions = null)
    {
        Assert.True(SourceFiles.TryOpen(path, sourceOptions ?? SourceOptions.For(mapping ?? new ImportMapping()), out var reader, out var error), error);
        using (reader)
        {
            var result = await new Importer(Options(kind, mapping)).RunAsync(reader!, new InMemoryStore(), null, TestContext.Current.CancellationToken);
            return (result, reader!);
        }
    }

    public static string Describe(ImportResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"fatal: {result.FatalError}; problems: {string.Join(" | ", result.Problems)}");
}
