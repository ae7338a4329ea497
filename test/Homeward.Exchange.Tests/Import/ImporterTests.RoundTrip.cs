using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Exchange.Import;
using Homeward.Geo;
using Homeward.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Exchange.Tests.Import;

/// <summary>Files made by GDAL's ogr2ogr from one GeoJSON, imported and compared with what went in.</summary>
public sealed partial class ImporterTests
{
    private static readonly string[] HazardNames = ["Поле у реки", "Şuşa yolu", "Field 3"];

    [Theory]
    [InlineData("hazards.shp", "ESRI Shapefile", 1e-9)]
    [InlineData("hazards.gpkg", "GPKG", 1e-9)]
    [InlineData("hazards.kml", "KML", 1e-9)]
    [InlineData("hazards.csv", "CSV", 1e-9)]
    [InlineData("utm38.shp", "ESRI Shapefile", 1e-7)]
    [InlineData("gk8.shp", "ESRI Shapefile", 1e-6)]
    [InlineData("cp1251.shp", "ESRI Shapefile", 1e-9)]
    [InlineData("hazards.zip", "ESRI Shapefile", 1e-9)]
    public async Task RunAsync_FileMadeByOgr2ogr_SameValuesAsTheSource(string name, string driver, double toleranceDegrees)
    {
        using var folder = new TemporaryFolder();
        var source = folder.File("source.geojson");
        await File.WriteAllTextAsync(source, ImportSamples.Hazards, TestContext.Current.CancellationToken);
        var target = folder.File(name);
        string[] extra = name switch
        {
            "hazards.csv" => ["-lco", "GEOMETRY=AS_WKT"],
            "utm38.shp" => ["-t_srs", "EPSG:32638", "-lco", "ENCODING=UTF-8"],
            // Homeward's Pulkovo 1942 → WGS 84 shift and GDAL's agree to well under 10 cm (1e-6°) here.
            "gk8.shp" => ["-t_srs", "EPSG:28408", "-lco", "ENCODING=UTF-8"],
            "cp1251.shp" => ["-lco", "ENCODING=CP1251"],
            // GDAL 3.6 writes shapefiles in ISO-8859-1 unless told; QGIS and operators' tools write UTF-8 with a .cpg.
            "hazards.shp" or "hazards.zip" => ["-lco", "ENCODING=UTF-8"],
            _ => [],
        };
        if (name.EndsWith(".zip", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(folder.File("shp"));
            await Ogr.ConvertAsync(["-f", driver, folder.File("shp/hazards.shp"), source, .. extra]);
            System.IO.Compression.ZipFile.CreateFromDirectory(folder.File("shp"), target);
        }
        else
        {
            await Ogr.ConvertAsync(["-f", driver, target, source, .. extra]);
        }

        var (result, reader) = await ImportSamples.ImportAsync(target, ObjectKind.HazardousArea);

        Assert.True(result.IsClean, ImportSamples.Describe(result));
        var names = result.Items.Select(i => JsonNode.Parse(i.AttributesJson)!["name"]!.GetValue<string>()).ToList();
        // Windows-1251 has no Ş or ş, so GDAL drops them from the second name: only the Cyrillic one can survive.
        Assert.Equal(name == "cp1251.shp" ? HazardNames[0] : string.Join("|", HazardNames), name == "cp1251.shp" ? names[0] : string.Join("|", names));
        Assert.Equal(["sha", "cha", "sha"], result.Items.Select(i => JsonNode.Parse(i.AttributesJson)!["areaClass"]!.GetValue<string>()));
        Assert.Equal(["minefield-ap", "battle-area", "cluster-strike"], result.Items.Select(i => JsonNode.Parse(i.AttributesJson)!["hazardType"]!.GetValue<string>()));
        Assert.Equal([2, 1, 3], result.Items.Select(i => JsonNode.Parse(i.AttributesJson)!["priority"]!.GetValue<int>()));
        var expected = ExpectedGeometries();
        for (var i = 0; i < expected.Count; i++)
        {
            var actual = Comparable(result.Items[i].Geometry!);
            // Normalizing cannot be trusted to pick the same first vertex when coordinates differ in the last bits: compare by distance.
            var distance = NetTopologySuite.Algorithm.Distance.DiscreteHausdorffDistance.Distance(actual, expected[i]);
            Assert.True(actual.GeometryType == expected[i].GeometryType && actual.NumPoints == expected[i].NumPoints && distance <= toleranceDegrees,
                $"item {i + 1}: expected {expected[i]}, got {actual} ({distance:R}° apart)");
            Assert.Equal(GeometryServices.StorageSrid, result.Items[i].Geometry!.SRID);
        }

        var declared = name switch { "utm38.shp" => 32638, "gk8.shp" => 28408, _ => 4326 };
        Assert.Equal(declared, result.SourceSrid);
        Assert.NotNull(reader);
    }

    [Fact]
    public async Task RunAsync_Cp1251ShapefileWithoutCpg_EncodingGivenReadsCyrillic()
    {
        using var folder = new TemporaryFolder();
        var source = folder.File("source.geojson");
        await File.WriteAllTextAsync(source, ImportSamples.Hazards, TestContext.Current.CancellationToken);
        var target = folder.File("legacy.shp");
        await Ogr.ConvertAsync("-f", "ESRI Shapefile", target, source, "-lco", "ENCODING=CP1251", "-select", "name,area_class,hazard_type,priority");
        File.Delete(folder.File("legacy.cpg"));

        var encoding = ShapefileSourceReader.EncodingNamed("windows-1251");
        var (result, _) = await ImportSamples.ImportAsync(target, ObjectKind.HazardousArea,
            sourceOptions: new SourceOptions { Encoding = encoding });

        // "Şuşa yolu" has no Windows-1251 form; GDAL writes what it can, so only the Cyrillic name is compared.
        Assert.Equal("Поле у реки", JsonNode.Parse(result.Items[0].AttributesJson)!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_XlsxMadeByOgr2ogr_DevicesWithDatesAndLonLat()
    {
        using var folder = new TemporaryFolder();
        var source = folder.File("devices.geojson");
        await File.WriteAllTextAsync(source, ImportSamples.Devices, TestContext.Current.CancellationToken);
        var target = folder.File("devices.xlsx");
        await Ogr.ConvertAsync("-f", "XLSX", target, source);

        var (result, _) = await ImportSamples.ImportAsync(target, ObjectKind.DeviceFinding);

        Assert.True(result.IsClean, ImportSamples.Describe(result));
        var first = JsonNode.Parse(result.Items[0].AttributesJson)!;
        Assert.Equal("ap-mine", first["category"]!.GetValue<string>());
        Assert.Equal("ПМН-2", first["model"]!.GetValue<string>());
        Assert.Equal(3, first["quantity"]!.GetValue<int>());
        Assert.Equal("2021-05-03", first["foundOn"]!.GetValue<string>());
        Assert.Equal(new Coordinate(46.905, 39.905), result.Items[0].Geometry!.Coordinate);
        Assert.Equal(new Coordinate(47.2, 39.6), result.Items[1].Geometry!.Coordinate);
    }

    [Theory]
    [InlineData("layers.gpkg", "GPKG")]
    [InlineData("layers.xlsx", "XLSX")]
    public async Task RunAsync_SeveralLayers_TheOneNamedIsRead(string name, string driver)
    {
        using var folder = new TemporaryFolder();
        var hazards = folder.File("hazards.geojson");
        var devices = folder.File("devices.geojson");
        await File.WriteAllTextAsync(hazards, ImportSamples.Hazards, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(devices, ImportSamples.Devices, TestContext.Current.CancellationToken);
        var target = folder.File(name);
        await Ogr.ConvertAsync("-f", driver, target, hazards, "-nln", "areas");
        await Ogr.ConvertAsync("-update", "-f", driver, target, devices, "-nln", "finds");

        var opened = SourceFiles.TryOpen(target, new SourceOptions(), out var first, out var error);
        first?.Dispose();
        var (result, reader) = await ImportSamples.ImportAsync(target, ObjectKind.DeviceFinding, sourceOptions: new SourceOptions { Layer = "finds" });

        // A GeoPackage with two tables must be told which; a workbook's first sheet is read unless another is named.
        Assert.Equal(driver == "XLSX", opened);
        if (!opened)
        {
            Assert.Contains("choose one with --layer: areas, finds", error, StringComparison.Ordinal);
        }

        Assert.Equal("finds", reader.Layer);
        Assert.True(result.IsClean, ImportSamples.Describe(result));
        Assert.Equal(["ap-mine", "uxo"], result.Items.Select(i => JsonNode.Parse(i.AttributesJson)!["category"]!.GetValue<string>()));
    }

    private static List<Geometry> ExpectedGeometries()
    {
        var reader = new NetTopologySuite.IO.Converters.GeoJsonConverterFactory(GeometryServices.Wgs84);
        var options = new System.Text.Json.JsonSerializerOptions();
        options.Converters.Add(reader);
        var collection = JsonNode.Parse(ImportSamples.Hazards)!["features"]!.AsArray();
        return [.. collection.Select(f => Comparable(System.Text.Json.JsonSerializer.Deserialize<Geometry>(f!["geometry"]!.ToJsonString(), options)!))];
    }

    /// <summary>A geometry as compared: a one-part multi-geometry as its part, normalized (ring order and orientation).</summary>
    private static Geometry Comparable(Geometry geometry)
    {
        var g = geometry is GeometryCollection { NumGeometries: 1 } single ? single.GetGeometryN(0) : geometry;
        var copy = new WKTReader(GeometryServices.Instance).Read(g.AsText());
        copy.Normalize();
        return copy;
    }
}
