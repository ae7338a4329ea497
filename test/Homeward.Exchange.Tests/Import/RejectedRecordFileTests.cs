using Homeward.Domain;
using Homeward.Exchange.Import;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.Import;

public sealed class RejectedRecordFileTests
{
    /// <summary>Two good hazards and two bad ones (swapped axes; a misspelt code), written by ogr2ogr in each format.</summary>
    private const string Mixed = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"name": "Поле у реки", "area_class": "sha", "hazard_type": "minefield-ap", "lon": 46.905, "lat": 39.905},
           "geometry": {"type": "Polygon", "coordinates": [[[46.90, 39.90], [46.91, 39.90], [46.91, 39.91], [46.90, 39.91], [46.90, 39.90]]]}},
          {"type": "Feature", "properties": {"name": "Swapped", "area_class": "sha", "hazard_type": "battle-area", "lon": 39.805, "lat": 46.805},
           "geometry": {"type": "Polygon", "coordinates": [[[39.80, 46.80], [39.80, 46.81], [39.81, 46.81], [39.81, 46.80], [39.80, 46.80]]]}},
          {"type": "Feature", "properties": {"name": "Misspelt", "area_class": "sha", "hazard_type": "minefeild-at", "lon": 46.955, "lat": 39.955},
           "geometry": {"type": "Polygon", "coordinates": [[[46.95, 39.95], [46.96, 39.95], [46.96, 39.96], [46.95, 39.96], [46.95, 39.95]]]}},
          {"type": "Feature", "properties": {"name": "Şuşa yolu", "area_class": "cha", "hazard_type": "battle-area", "lon": 46.755, "lat": 39.761},
           "geometry": {"type": "Polygon", "coordinates": [[[46.75, 39.76], [46.76, 39.76], [46.76, 39.765], [46.75, 39.76]]]}}
        ]}
        """;

    [Theory]
    [InlineData("geojson", "GeoJSON", "hazards")]
    [InlineData("gpkg", "GPKG", "hazards")]
    [InlineData("shp", "ESRI Shapefile", "hazards")]
    [InlineData("kml", "KML", "hazards")]
    [InlineData("csv", "CSV", "hazards")]
    [InlineData("xlsx", "XLSX", "devices")]
    public async Task Write_RefusedRecords_SameFormatWithReasonThatGdalReads(string extension, string driver, string what)
    {
        using var folder = new TemporaryFolder();
        var source = folder.File("mixed.geojson");
        await File.WriteAllTextAsync(source, Mixed, TestContext.Current.CancellationToken);
        var input = folder.File("input." + extension);
        string[] options = extension switch { "csv" => ["-lco", "GEOMETRY=AS_WKT"], "shp" => ["-lco", "ENCODING=UTF-8"], _ => [] };
        if (extension == "geojson")
        {
            File.Copy(source, input);
        }
        else
        {
            await Ogr.ConvertAsync(["-f", driver, input, source, .. options]);
        }

        // A sheet has no geometry, so its rows are read as points from lon/lat: the hazards become devices-like points,
        // and are imported as settlements, whose only required field is the name; the swapped one is refused all the same.
        var kind = what == "devices" ? ObjectKind.Settlement : ObjectKind.HazardousArea;
        Assert.True(SourceFiles.TryOpen(input, new SourceOptions(), out var reader, out var error), error);
        ImportResult result;
        using (reader)
        {
            result = await new Importer(ImportSamples.Options(kind)).RunAsync(reader!, new InMemoryStore(), null, TestContext.Current.CancellationToken);
            var rejected = RejectedRecordFile.DefaultPath(reader!);
            RejectedRecordFile.Write(reader!, result.SourceSrid, result.Rejected, rejected);

            var info = await Ogr.InfoAsync(rejected);

            Assert.Equal(folder.File("input.rejected." + extension), rejected);
            Assert.Contains("reason", info, StringComparison.Ordinal);
            Assert.Contains("Swapped", info, StringComparison.Ordinal);
            Assert.Contains("latitude and longitude appear swapped", info, StringComparison.Ordinal);
            Assert.DoesNotContain("Поле у реки", info, StringComparison.Ordinal);
            if (kind == ObjectKind.HazardousArea)
            {
                Assert.Contains("did you mean 'minefield-at'", info, StringComparison.Ordinal);
                Assert.Equal(2, result.Rejected.Count);
                Assert.Contains("Feature Count: 2", info, StringComparison.Ordinal);
            }
        }
    }
}
