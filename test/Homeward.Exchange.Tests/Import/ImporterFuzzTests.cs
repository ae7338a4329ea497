using System.Text;
using Homeward.Domain;
using Homeward.Exchange.Import;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.Import;

/// <summary>
/// Malformed input for every importer: truncated files, random byte flips of valid files (fixed seeds), empty files,
/// and hand-made bad records. Every case must end in a clear error or a correct import, never an exception.
/// </summary>
public sealed class ImporterFuzzTests
{
    private const int Flips = 30;

    public static TheoryData<string> Formats => ["geojson", "gpkg", "shp", "kml", "csv", "xlsx"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task RunAsync_DamagedFiles_ClearErrorOrCorrectImport(string format)
    {
        using var folder = new TemporaryFolder();
        var (valid, kind) = await ValidFileAsync(folder, format);
        var files = Directory.Exists(valid) ? Directory.GetFiles(valid) : [valid];
        var cases = new List<(string Name, Action<string> Damage)>
        {
            ("empty", target => File.WriteAllBytes(target, [])),
        };
        foreach (var fraction in new[] { 0.05, 0.2, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99 })
        {
            cases.Add(($"truncated at {fraction:P0}", target => File.WriteAllBytes(target, File.ReadAllBytes(target)[..(int)(new FileInfo(target).Length * fraction)])));
        }

        var random = new Random(format.Length * 7919 + 17);
        for (var i = 0; i < Flips; i++)
        {
            var seed = random.Next();
            cases.Add(($"byte flips, seed {seed}", target =>
            {
                var bytes = File.ReadAllBytes(target);
                var rng = new Random(seed);
                for (var n = rng.Next(1, 9); n > 0 && bytes.Length > 0; n--)
                {
                    bytes[rng.Next(bytes.Length)] ^= (byte)rng.Next(1, 256);
                }

                File.WriteAllBytes(target, bytes);
            }
            ));
        }

        var failures = new List<string>();
        var caseNumber = 0;
        foreach (var (name, damage) in cases)
        {
            // Each damaged copy damages one component file (a shapefile has several), chosen in turn.
            var copy = Copy(valid, folder.File($"case{++caseNumber}"));
            var components = Directory.Exists(copy) ? Directory.GetFiles(copy).Order(StringComparer.Ordinal).ToArray() : [copy];
            var damaged = components[caseNumber % components.Length];
            damage(damaged);
            var outcome = await OutcomeAsync(copy, kind);
            if (outcome is not null)
            {
                failures.Add($"{name} ({Path.GetFileName(damaged)}): {outcome}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(files.Length > 0);
    }

    [Theory]
    [InlineData("empty.geojson", "")]
    [InlineData("not-json.geojson", "hazards, not JSON")]
    [InlineData("nan.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"hazard_type":"ied","area_class":"sha"},"geometry":{"type":"Point","coordinates":[NaN, 39.9]}}]}""")]
    [InlineData("huge.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"hazard_type":"ied","area_class":"sha"},"geometry":{"type":"Polygon","coordinates":[[[1e308,39.9],[46.9,1e308],[46.91,39.91],[1e308,39.9]]]}}]}""")]
    [InlineData("three-point-ring.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"hazard_type":"ied","area_class":"sha"},"geometry":{"type":"Polygon","coordinates":[[[46.9,39.9],[46.91,39.9],[46.9,39.9]]]}}]}""")]
    [InlineData("unclosed.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"hazard_type":"ied","area_class":"sha"},"geometry":{"type":"Polygon","coordinates":[[[46.9,39.9],[46.91,39.9],[46.91,39.91],[46.9,39.91]]]}}]}""")]
    [InlineData("nested.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"hazard_type":"ied","area_class":"sha"},"geometry":{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[46.9,39.9]}]}]}}]}""")]
    [InlineData("wrong-types.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"hazard_type":17,"area_class":["sha"],"priority":"high","name":{"a":1}},"geometry":{"type":"Polygon","coordinates":"here"}}, 42, null, "x"]}""")]
    [InlineData("not-a-collection.geojson", """{"type":"Feature","properties":{},"geometry":null}""")]
    [InlineData("deep.geojson", """{"type":"FeatureCollection","features":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""")]
    [InlineData("bad-quote.csv", "hazard_type,area_class,WKT\nied,sha,\"POLYGON ((46.9 39.9, 46.91 39.9, 46.91 39.91, 46.9 39.9))\nied")]
    [InlineData("bad-wkt.csv", "hazard_type,area_class,WKT\nied,sha,POLYGON ((46.9 39.9, 46.91\nied,sha,GEOMETRYCOLLECTION (GEOMETRYCOLLECTION (POINT (46.9 39.9)))\nied,sha,POLYGON ((46.9 39.9, 46.91 39.9, 46.9 39.9))")]
    [InlineData("nan.csv", "hazard_type,area_class,lon,lat\nied,sha,NaN,39.9\nied,sha,1e309,-1e309\nied,sha,,\n")]
    [InlineData("ragged.csv", "hazard_type,area_class,lon,lat\nied,sha,46.9\nied,sha,46.9,39.9,extra,more\n\n\n")]
    [InlineData("header-only.csv", "hazard_type,area_class,lon,lat\n")]
    [InlineData("bad.kml", "<kml><Document><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>46.9,39.9 x,y</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark><Placemark><MultiGeometry><MultiGeometry><Point><coordinates>46.9,39.9</coordinates></Point></MultiGeometry></MultiGeometry></Placemark><Placemark><Point><coordinates>NaN,1e999</coordinates></Point></Placemark></Document>")]
    [InlineData("dtd.kml", "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><kml><Placemark><name>&x;</name></Placemark></kml>")]
    [InlineData("empty.kml", "")]
    public async Task RunAsync_HandMadeBadInput_ClearErrorOrCorrectImport(string name, string content)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File(name);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);

        var outcome = await OutcomeAsync(path, ObjectKind.HazardousArea);

        Assert.Null(outcome);
    }

    [Fact]
    public async Task RunAsync_BrokenEncodings_ClearError()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("cp1251.csv");
        await File.WriteAllBytesAsync(csv, [.. Encoding.ASCII.GetBytes("name,hazard_type,area_class,lon,lat\n"), 0xCF, 0xEE, 0xEB, 0xE5,
            .. Encoding.ASCII.GetBytes(",ied,sha,46.9,39.9\n")], TestContext.Current.CancellationToken);
        var xlsx = folder.File("text.xlsx");
        await File.WriteAllTextAsync(xlsx, "name,hazard_type\n", TestContext.Current.CancellationToken);

        var (csvResult, _) = await ImportSamples.ImportAsync(csv, ObjectKind.HazardousArea);
        var opened = SourceFiles.TryOpen(xlsx, new SourceOptions(), out var reader, out var error);
        reader?.Dispose();

        Assert.NotNull(csvResult.FatalError);
        Assert.Contains("--encoding", csvResult.FatalError.Message, StringComparison.Ordinal);
        Assert.Empty(csvResult.Items);
        Assert.False(opened);
        Assert.Contains("not a readable .xlsx", error, StringComparison.Ordinal);
    }

    /// <summary>Imports a file; returns <see langword="null"/> when it ended well (a clear error, or a correct import), else what went wrong.</summary>
    private static async Task<string?> OutcomeAsync(string path, ObjectKind kind)
    {
        try
        {
            if (!SourceFiles.TryOpen(path, new SourceOptions(), out var reader, out var openError))
            {
                return string.IsNullOrWhiteSpace(openError) ? "refused without saying why" : null;
            }

            using (reader)
            {
                var result = await new Importer(ImportSamples.Options(kind)).RunAsync(reader!, new InMemoryStore(), null, TestContext.Current.CancellationToken);
                if (result.FatalError is { } fatal)
                {
                    return string.IsNullOrWhiteSpace(fatal.Message) ? "a fatal error without a message" : null;
                }

                if (result.Items.Count + result.Rejected.Count != result.RecordsRead)
                {
                    return $"{result.RecordsRead} records read but {result.Items.Count} taken and {result.Rejected.Count} refused";
                }

                if (result.Rejected.Count > 0 && result.Problems.Any(p => string.IsNullOrWhiteSpace(p.Message) || string.IsNullOrWhiteSpace(p.Record)))
                {
                    return "a problem without its record or message";
                }

                var region = ImportSamples.Options(kind).Validator.Options.Region;
                var bad = result.Items.FirstOrDefault(i => i.Geometry is not { IsValid: true } g || g.Coordinates.Any(c => !region.Contains(c.X, c.Y)));
                return bad is null ? null : $"item {bad.ItemRef} was taken with geometry {bad.Geometry}";
            }
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}";
        }
    }

    private static async Task<(string Path, ObjectKind Kind)> ValidFileAsync(TemporaryFolder folder, string format)
    {
        var source = folder.File("hazards.geojson");
        await File.WriteAllTextAsync(source, ImportSamples.Hazards, TestContext.Current.CancellationToken);
        switch (format)
        {
            case "geojson":
                return (source, ObjectKind.HazardousArea);
            case "shp":
                Directory.CreateDirectory(folder.File("shp"));
                await Ogr.ConvertAsync("-f", "ESRI Shapefile", folder.File("shp/hazards.shp"), source, "-lco", "ENCODING=UTF-8");
                return (folder.File("shp"), ObjectKind.HazardousArea);
            case "xlsx":
                var devices = folder.File("devices.geojson");
                await File.WriteAllTextAsync(devices, ImportSamples.Devices, TestContext.Current.CancellationToken);
                await Ogr.ConvertAsync("-f", "XLSX", folder.File("devices.xlsx"), devices);
                return (folder.File("devices.xlsx"), ObjectKind.DeviceFinding);
            default:
                var target = folder.File("hazards." + format);
                string[] options = format == "csv" ? ["-lco", "GEOMETRY=AS_WKT"] : [];
                await Ogr.ConvertAsync(["-f", format switch { "gpkg" => "GPKG", "kml" => "KML", _ => "CSV" }, target, source, .. options]);
                return (target, ObjectKind.HazardousArea);
        }
    }

    private static string Copy(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            target += Path.GetExtension(source);
            File.Copy(source, target);
            return target;
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
