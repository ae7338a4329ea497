using System.Globalization;
using System.Text.Json;
using Homeward.Cli.Tests.Commands;
using Homeward.Geo;
using Homeward.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace Homeward.Cli.Tests.Export;

/// <summary>
/// Exports of the small demonstration database, each file opened with GDAL and compared with what GDAL reads from the
/// database itself (a GeoPackage): the same features, values and coordinates (within 1e-9°).
/// </summary>
public sealed partial class ExportCommandTests(DemoFixture demo) : IClassFixture<DemoFixture>, IDisposable
{
    private static readonly JsonSerializerOptions GeoJson = CreateGeoJsonOptions();

    private readonly TemporaryFolder _out = new();

    public void Dispose() => _out.Dispose();

    public static TheoryData<string, string> LayersAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in (string[])["geojson", "gpkg", "shp", "csv", "xlsx"])
        {
            data.Add("hazardous_areas", format);
            data.Add("devices", format);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LayersAndFormats))]
    public async Task Export_Layer_GdalReadsTheSameFeaturesAsFromTheDatabase(string layer, string format)
    {
        var file = Path.Combine(_out.Path, $"{layer}.{format}");
        var result = await HomewardProcess.RunAsync(demo.Folder, "export", "--layer", layer, "--format", format, "--out", file, "--db", demo.Database,
            "--labels", "az", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("SYNTHETIC", result.Error, StringComparison.Ordinal);

        if (format == "gpkg")
        {
            // GDAL's own GeoPackage validator, in Debian's Python (python3-gdal, which gdal-bin depends on): tables, SRS, R-tree.
            var validation = await HomewardProcess.RunProgramAsync("/usr/bin/python3", ["-m", "osgeo_utils.samples.validate_gpkg", file], _out.Path);
            Assert.True(validation.ExitCode == 0, validation.ToString());
        }

        var expected = Features(await OgrAsync(demo.Database, layer));
        var actual = Features(await OgrAsync(file));
        var names = format == "shp" ? ShapefileNames(Path.ChangeExtension(file, ".fields.csv")) : null;

        Assert.Equal(expected.Count, actual.Count);
        Assert.True(expected.Count > 50, $"only {expected.Count} {layer}");
        Assert.Equal(expected.Count, JsonDocument.Parse(result.Output).RootElement.GetProperty("features").GetInt64());
        string[] columns = layer == "devices"
            ? ["object_id", "is_synthetic", "category", "model", "quantity", "condition", "depth_centimetres", "found_on", "disposal"]
            : ["object_id", "is_synthetic", "name", "area_class", "hazard_type", "status", "priority", "administrative_area_id", "area_square_metres"];
        foreach (var (code, reference) in expected)
        {
            Assert.True(actual.TryGetValue(code, out var exported), $"{code} is missing from the {format} file");
            foreach (var column in columns)
            {
                var name = names?[column] ?? column;
                // An XLSX reader sees an empty cell as no value at all.
                var value = Value(exported, name) is "(missing)" && format == "xlsx" ? null : Value(exported, name);
                Assert.True(Same(Value(reference, column), value),
                    $"{code} {column}: the database has {Value(reference, column)}, the {format} file {Value(exported, name)}");
            }

            var expectedGeometry = GeometryOf(reference, null);
            var actualGeometry = GeometryOf(exported, format == "xlsx" ? "WKT" : null);
            Assert.True(expectedGeometry.EqualsExact(actualGeometry, 1e-9),
                $"{code}: the database has {expectedGeometry.AsText()}, the {format} file {actualGeometry.AsText()}");
        }
    }

    [Fact]
    public async Task Export_Where_SelectsWhatGdalSqlSelectsFromTheDatabase()
    {
        var file = Path.Combine(_out.Path, "open.gpkg");

        var result = await HomewardProcess.RunAsync(demo.Folder, "export", "--layer", "hazardous_areas", "--out", file, "--db", demo.Database,
            "--where", "status in ('open', 'inProgress') and area_square_metres > 20000 and not code like '%7'", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = await Gdal.SqlAsync(demo.Folder, demo.Database,
            "SELECT code, 1 AS one FROM hazardous_areas WHERE status IN ('open', 'inProgress') AND area_square_metres > 20000 AND code NOT LIKE '%7' ORDER BY code");
        var exported = await Gdal.SqlAsync(demo.Folder, file, "SELECT code, 1 AS one FROM hazardous_areas ORDER BY code");
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Select(r => r["code"]), exported.Select(r => r["code"]));
        Assert.True(JsonDocument.Parse(result.Output).RootElement.GetProperty("objectsRead").GetInt64() > rows.Count);
    }

    [Fact]
    public async Task Export_WhereWithUnknownField_FailsNamingItAndListingTheFields()
    {
        var file = Path.Combine(_out.Path, "x.geojson");

        var result = await HomewardProcess.RunAsync(demo.Folder, "export", "--layer", "devices", "--out", file, "--db", demo.Database,
            "--where", "devicetype = 'ap-mine'");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown field 'devicetype'", result.Error, StringComparison.Ordinal);
        Assert.Contains("category", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Export_Public_UnclearedHazardsAreGridCellsCoveringThemAndTheOthersExact()
    {
        var file = Path.Combine(_out.Path, "public.geojson");

        var result = await HomewardProcess.RunAsync(demo.Folder, "export", "--layer", "hazardous_areas", "--out", file, "--db", demo.Database, "--public");

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = Features(await OgrAsync(demo.Database, "hazardous_areas"));
        var exported = Features(await OgrAsync(file));
        var generalised = 0;
        foreach (var (code, reference) in expected)
        {
            var real = GeometryOf(reference, null);
            var shown = GeometryOf(exported[code], null);
            Assert.False(exported[code].GetProperty("properties").TryGetProperty("benchmark_lon", out _));
            if (Value(reference, "status") is "open" or "inProgress")
            {
                generalised++;
                Assert.True(shown.IsRectangle, $"{code}: {shown.AsText()}");
                Assert.All(shown.Coordinates, c => Assert.Equal(Math.Round(c.X * 10) / 10, c.X, 1e-9));
                Assert.All(shown.Coordinates, c => Assert.Equal(Math.Round(c.Y * 10) / 10, c.Y, 1e-9));
                Assert.True(shown.Covers(real), $"{code}: the cells do not cover the hazard");
            }
            else
            {
                Assert.True(real.EqualsExact(shown, 1e-9), code);
            }
        }

        Assert.InRange(generalised, 1, expected.Count - 1);
        Assert.Contains("\"homewardAccess\":\"public\"", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_SavedQuery_ExportsTheSameRowsAgain()
    {
        var queries = Path.Combine(_out.Path, "queries.json");
        var first = Path.Combine(_out.Path, "first.csv");
        var second = Path.Combine(_out.Path, "second.csv");

        var saved = await HomewardProcess.RunAsync(demo.Folder, "export", "--layer", "devices", "--where", "category = 'ap-mine' and quantity >= 2",
            "--save-query", "ap-mines", "--queries", queries, "--out", first, "--db", demo.Database);
        var again = await HomewardProcess.RunAsync(demo.Folder, "export", "--query", "ap-mines", "--queries", queries, "--out", second,
            "--db", demo.Database);
        var missing = await HomewardProcess.RunAsync(demo.Folder, "export", "--query", "at-mines", "--queries", queries, "--out", second,
            "--db", demo.Database);

        Assert.True(saved.ExitCode == 0, saved.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        var rows = await Gdal.SqlAsync(demo.Folder, demo.Database, "SELECT COUNT(*) AS n, 1 AS one FROM devices WHERE category = 'ap-mine' AND quantity >= 2");
        var count = int.Parse(rows[0]["n"], CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        Assert.Equal(count, Features(await OgrAsync(second)).Count);
        Assert.Equal(await File.ReadAllTextAsync(first, TestContext.Current.CancellationToken),
            await File.ReadAllTextAsync(second, TestContext.Current.CancellationToken));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("ap-mines", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AsOfBeforeAnyData_WritesAnEmptyLayerGdalOpens()
    {
        var file = Path.Combine(_out.Path, "empty.gpkg");

        var result = await HomewardProcess.RunAsync(demo.Folder, "export", "--layer", "released_areas", "--out", file, "--db", demo.Database,
            "--as-of", "2000-01-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        var info = await Gdal.InfoAsync(_out.Path, "-so", file, "released_areas");
        Assert.Contains("Feature Count: 0", info, StringComparison.Ordinal);
        Assert.Contains("Geometry: Multi Polygon", info, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_List_GivesEveryLayer()
    {
        var result = await HomewardProcess.RunAsync(_out.Path, "export", "--list", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var layers = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().Select(l => l.GetProperty("layer").GetString()).ToList();
        Assert.Equal(Enum.GetValues<Homeward.Domain.ObjectKind>().Length, layers.Count);
        Assert.Contains("hazardous_areas", layers);
        Assert.Contains("victims", layers);
    }

    [Fact]
    public async Task Export_UnknownLayer_FailsListingTheLayers()
    {
        var result = await HomewardProcess.RunAsync(_out.Path, "export", "--layer", "minefields", "--out", "x.csv", "--db", demo.Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no layer 'minefields'", result.Error, StringComparison.Ordinal);
        Assert.Contains("released_areas", result.Error, StringComparison.Ordinal);
    }

    private Task<JsonElement> OgrAsync(string file, params string[] layer) => Gdal.GeoJsonAsync(_out.Path, file, layer);

    private static Dictionary<string, JsonElement> Features(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("properties").GetProperty("code").GetString()!, f => f);

    private static Dictionary<string, string> ShapefileNames(string mapping) =>
        File.ReadAllLines(mapping).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[1], p => p[0]);

    private static string? Value(JsonElement feature, string name) =>
        !feature.GetProperty("properties").TryGetProperty(name, out var value) ? "(missing)" : value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.True => "1",
            JsonValueKind.False => "0",
            JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            _ => value.GetString() switch
            {
                // CSV gives every value as text; dBASE logical fields read as T and F; an empty CSV field is null.
                "true" or "T" => "1",
                "false" or "F" => "0",
                "" => null,
                var text => text,
            },
        };

    private static bool Same(string? expected, string? actual) =>
        expected == actual
        || (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
            && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)));

    // Normalised, with one-part multipolygons as polygons, so that layers of either type compare.
    private static Geometry GeometryOf(JsonElement feature, string? wktProperty)
    {
        var geometry = wktProperty is null
            ? feature.GetProperty("geometry").Deserialize<Geometry>(GeoJson)!
            : new WKTReader(GeometryServices.Instance).Read(feature.GetProperty("properties").GetProperty(wktProperty).GetString());
        if (geometry is MultiPolygon { NumGeometries: 1 } multi)
        {
            geometry = multi.GetGeometryN(0);
        }

        return geometry.Normalized();
    }

    private static JsonSerializerOptions CreateGeoJsonOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(GeometryServices.Wgs84));
        return options;
    }
}
