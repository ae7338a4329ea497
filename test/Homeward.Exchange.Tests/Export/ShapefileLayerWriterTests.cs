using System.Diagnostics;
using System.Text.Json;
using Homeward.Domain;
using Homeward.Exchange.Export;
using Homeward.Geo;
using Homeward.Testing;
using NetTopologySuite.IO;

namespace Homeward.Exchange.Tests.Export;

public sealed class ShapefileLayerWriterTests
{
    [Fact]
    public void ShortNames_LongColumnNames_AreUniqueAndAtMostTenCharacters()
    {
        string[] names = ["suspected_device_categories", "suspected_device_categories_label", "suspected_", "code", "administrative_area_id",
            "administrative_area_name", "administrative_area_kind"];

        var shortNames = ShapefileLayerWriter.ShortNames(names);

        Assert.All(shortNames, n => Assert.InRange(n.Length, 1, 10));
        Assert.Equal(shortNames.Count, shortNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("suspected_", shortNames[2]);
        Assert.Equal("code", shortNames[3]);
        Assert.Equal("administra", shortNames[4]);
        Assert.Equal(["suspecte_1", "suspecte_2", "administra", "administ_1", "administ_2"],
            [shortNames[0], shortNames[1], shortNames[4], shortNames[5], shortNames[6]]);
    }

    [Fact]
    public async Task Write_MixedGeometries_SplitsIntoOneShapefilePerTypeThatGdalReads()
    {
        using var folder = new TemporaryFolder();
        var schema = new ExportLayerSchema("sites", GeometryShape.Polygonal,
            [new ExportField("a_rather_long_name", ExportFieldType.Text), new ExportField("day", ExportFieldType.Date)], "test");
        var wkt = new WKTReader(GeometryServices.Instance);
        var path = folder.File("sites.shp");

        using (var writer = new ShapefileLayerWriter(path, schema))
        {
            writer.Write(new ExportFeature(wkt.Read("POLYGON ((46.9 40, 47 40, 47 40.1, 46.9 40))"), ["Ağdam, «north»", new DateOnly(2024, 2, 29)]));
            writer.Write(new ExportFeature(wkt.Read("POINT (46.95 40.05)"), ["Füzuli", null]));
            writer.Write(new ExportFeature(null, [null, new DateOnly(2021, 1, 1)]));
            writer.Complete();
        }

        Assert.True(File.Exists(folder.File("sites.shp")));
        Assert.True(File.Exists(folder.File("sites_point.shp")));
        Assert.Equal("UTF-8", File.ReadAllText(folder.File("sites.cpg")).Trim());
        Assert.Contains("a_rather_l,a_rather_long_name,text", File.ReadAllText(folder.File("sites.fields.csv")), StringComparison.Ordinal);
        var polygons = await OgrGeoJsonAsync(folder.File("sites.shp"));
        var points = await OgrGeoJsonAsync(folder.File("sites_point.shp"));
        Assert.Equal(2, polygons.GetProperty("features").GetArrayLength());
        var first = polygons.GetProperty("features")[0];
        Assert.Equal("Ağdam, «north»", first.GetProperty("properties").GetProperty("a_rather_l").GetString());
        Assert.Equal("2024-02-29", first.GetProperty("properties").GetProperty("day").GetString());
        Assert.Equal(JsonValueKind.Null, polygons.GetProperty("features")[1].GetProperty("geometry").ValueKind);
        var point = points.GetProperty("features").EnumerateArray().Single();
        Assert.Equal("Füzuli", point.GetProperty("properties").GetProperty("a_rather_l").GetString());
        Assert.Equal(46.95, point.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 1e-12);
    }

    /// <summary>The file as GDAL reads it, converted by ogr2ogr to GeoJSON.</summary>
    internal static async Task<JsonElement> OgrGeoJsonAsync(string path, params string[] layer)
    {
        var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-f", "GeoJSON", "/vsistdout/", path, .. layer])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"ogr2ogr failed: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
