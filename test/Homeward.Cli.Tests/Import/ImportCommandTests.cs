using System.Security.Cryptography;
using System.Text.Json;

namespace Homeward.Cli.Tests.Import;

/// <summary><c>homeward import</c> through the real process: one draft per file, all or nothing, --skip-invalid, --dry-run, saved mappings.</summary>
public sealed partial class ImportCommandTests : IDisposable
{
    /// <summary>Synthetic hazardous areas near Aghdam: two good, one with longitude and latitude swapped, one with a misspelt hazard type.</summary>
    private const string Hazards = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"name": "Поле у реки", "area_class": "sha", "hazard_type": "minefield-ap", "priority": 2},
           "geometry": {"type": "Polygon", "coordinates": [[[46.90, 39.90], [46.91, 39.90], [46.91, 39.91], [46.90, 39.91], [46.90, 39.90]]]}},
          {"type": "Feature", "properties": {"name": "Şuşa yolu", "area_class": "cha", "hazard_type": "battle-area", "priority": 1},
           "geometry": {"type": "Polygon", "coordinates": [[[46.75, 39.76], [46.76, 39.76], [46.76, 39.765], [46.75, 39.76]]]}},
          {"type": "Feature", "properties": {"name": "Swapped", "area_class": "sha", "hazard_type": "battle-area", "priority": 3},
           "geometry": {"type": "Polygon", "coordinates": [[[39.80, 46.80], [39.80, 46.81], [39.81, 46.81], [39.81, 46.80], [39.80, 46.80]]]}},
          {"type": "Feature", "properties": {"name": "Misspelt", "area_class": "sha", "hazard_type": "minefeild-at", "priority": 3},
           "geometry": {"type": "Polygon", "coordinates": [[[46.95, 39.95], [46.96, 39.95], [46.96, 39.96], [46.95, 39.96], [46.95, 39.95]]]}}
        ]}
        """;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string Good => JsonSerializer.Serialize(new
    {
        type = "FeatureCollection",
        features = JsonDocument.Parse(Hazards).RootElement.GetProperty("features").EnumerateArray().Take(2).ToList(),
    });

    [Fact]
    public async Task Import_GeoJson_OneDraftReportWithEveryRecord()
    {
        await _cli.RunOkAsync("init");
        var path = await _cli.WriteFileAsync("hazards.geojson", Good);

        var imported = await _cli.RunOkAsync("import", path, "--as", "hazards");
        var reports = await _cli.JsonAsync("report", "list");
        var code = reports.EnumerateArray().Single().GetProperty("code").GetString()!;
        var shown = await _cli.RunOkAsync("report", "show", code);
        await _cli.RunOkAsync("report", "submit", code);
        var approved = await _cli.JsonAsync("report", "approve", code);

        Assert.Contains($"{code}: draft created with 2 hazardousArea item(s) from 2 feature(s) of GeoJson, EPSG:4326.", imported.Output, StringComparison.Ordinal);
        Assert.Contains("name → name, area_class → areaClass, hazard_type → hazardType, priority → priority", imported.Output, StringComparison.Ordinal);
        Assert.Equal("Draft", reports.EnumerateArray().Single().GetProperty("status").GetString(), ignoreCase: true);
        Assert.Contains("import", shown.Output, StringComparison.Ordinal);
        Assert.Equal(2, approved.GetProperty("effects").GetArrayLength());
        var hazard = await _cli.JsonAsync("show", approved.GetProperty("effects")[0].GetProperty("code").GetString()!);
        Assert.Equal("Поле у реки", hazard.GetProperty("object").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Import_InvalidRecords_RefusedWithEveryProblemAndTheStoreUnchanged()
    {
        await _cli.RunOkAsync("init");
        await _cli.RunOkAsync("import", await _cli.WriteFileAsync("first.geojson", Good), "--as", "hazards");
        await _cli.RunOkAsync("report", "submit", "FR-000001");
        await _cli.RunOkAsync("report", "approve", "FR-000001");
        var reportsBefore = (await _cli.RunOkAsync("report", "list", "--json")).Output;
        var bytesBefore = await HashAsync(_cli.Database);
        var path = await _cli.WriteFileAsync("hazards.geojson", Hazards);

        var refused = await _cli.RunAsync("import", path, "--as", "hazards");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("4 of 4 record(s) refused", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", refused.Error, StringComparison.Ordinal);
        Assert.Contains("feature 1, field 'geometry' at (46.905 39.905): duplicate of hazardous area HA-", refused.Error, StringComparison.Ordinal);
        Assert.Contains("feature 3, field 'geometry' at (39.8 46.8): latitude and longitude appear swapped", refused.Error, StringComparison.Ordinal);
        Assert.Contains("feature 4, field 'hazard_type', value 'minefeild-at': not a code of the hazard_type table; did you mean 'minefield-at'", refused.Error, StringComparison.Ordinal);
        Assert.Equal(reportsBefore, (await _cli.RunOkAsync("report", "list", "--json")).Output);
        Assert.Equal(bytesBefore, await HashAsync(_cli.Database));
        Assert.False(File.Exists(_cli.Folder + "/hazards.rejected.geojson"));
    }

    [Fact]
    public async Task Import_SkipInvalidShapefile_GoodRecordsTakenAndRejectedShapefileHasReasons()
    {
        await _cli.RunOkAsync("init");
        var source = await _cli.WriteFileAsync("source.geojson", Hazards);
        Directory.CreateDirectory(Path.Combine(_cli.Folder, "operator"));
        var shp = Path.Combine(_cli.Folder, "operator", "hazards.shp");
        await HomewardProcess.RunProgramAsync("ogr2ogr", ["-f", "ESRI Shapefile", shp, source, "-lco", "ENCODING=UTF-8"], _cli.Folder);

        var result = await _cli.JsonAsync("import", shp, "--as", "hazards", "--skip-invalid");
        var rejectedFile = result.GetProperty("rejectedFile").GetString()!;
        var info = await Gdal.InfoAsync(_cli.Folder, "-al", rejectedFile);

        Assert.Equal(2, result.GetProperty("imported").GetInt32());
        Assert.Equal(2, result.GetProperty("rejected").GetInt32());
        Assert.Equal(Path.Combine(_cli.Folder, "operator", "hazards.rejected.shp"), rejectedFile);
        Assert.Contains("reason: String", info, StringComparison.Ordinal);
        Assert.Contains("name (String) = Swapped", info, StringComparison.Ordinal);
        Assert.Contains("reason (String) = geometry: latitude and longitude appear swapped", info, StringComparison.Ordinal);
        Assert.Contains("reason (String) = hazard_typ: not a code of the hazard_type table; did you mean 'minefield-at'", info, StringComparison.Ordinal);
        Assert.Equal(2, (await _cli.JsonAsync("report", "list")).EnumerateArray().Single().GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task Import_DryRun_ReportsAndWritesNothing()
    {
        await _cli.RunOkAsync("init");
        var path = await _cli.WriteFileAsync("hazards.geojson", Hazards);

        var dry = await _cli.RunOkAsync("import", path, "--as", "hazards", "--skip-invalid", "--dry-run");
        var json = await _cli.JsonAsync("import", path, "--as", "hazards", "--skip-invalid", "--dry-run");

        Assert.Contains("dry run: 2 hazardousArea item(s) from 4 feature(s)", dry.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was written", dry.Output, StringComparison.Ordinal);
        Assert.Equal(2, json.GetProperty("rejected").GetInt32());
        Assert.False(json.TryGetProperty("code", out _));
        Assert.Empty((await _cli.JsonAsync("report", "list")).EnumerateArray());
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "hazards.rejected.geojson")));
    }

    [Fact]
    public async Task Import_SavedMapping_ReusedByName()
    {
        await _cli.RunOkAsync("init");
        var mappings = Path.Combine(_cli.Folder, "mappings");
        var mapping = await _cli.WriteFileAsync("operator.yaml", """
            crs: EPSG:32638
            geometry: { x: E, y: N }
            columns: { KAT: category, SAY: quantity, TARIX: foundOn }
            values:
              category: { "PP mina": ap-mine }
            """);
        var first = await _cli.WriteFileAsync("week1.csv", "KAT;SAY;TARIX;E;N\nPP mina;2;03.05.2021;662000;4418000\n");
        var second = await _cli.WriteFileAsync("week2.csv", "KAT;SAY;TARIX;E;N\nPP mina;1;10.05.2021;662100;4418100\nuxo;1;11.05.2021;662300;4418200\n");

        var saved = await RunWithMappingsAsync(mappings, "import", first, "--as", "devices", "--mapping", mapping, "--save-mapping", "operator-devices");
        var reused = await RunWithMappingsAsync(mappings, "import", second, "--as", "devices", "--mapping", "operator-devices", "--json");

        Assert.True(saved.ExitCode == 0, saved.ToString());
        Assert.True(File.Exists(Path.Combine(mappings, "operator-devices.yaml")));
        Assert.True(reused.ExitCode == 0, reused.ToString());
        Assert.Equal(2, JsonDocument.Parse(reused.Output).RootElement.GetProperty("imported").GetInt32());
        Assert.Equal(32638, JsonDocument.Parse(reused.Output).RootElement.GetProperty("sourceSrid").GetInt32());
    }

    [Fact]
    public async Task Import_KindNotImported_RefusedWithTheKindsThatAre()
    {
        const string kind = "mines";
        const string message = "--as must be one of hazards, activities, released, devices, accidents, settlements, assets, projects";
        await _cli.RunOkAsync("init");
        var path = await _cli.WriteFileAsync("hazards.geojson", Good);

        var refused = await _cli.RunAsync("import", path, "--as", kind);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(message, refused.Error, StringComparison.Ordinal);
    }

    private async Task<ProcessResult> RunWithMappingsAsync(string folder, params string[] arguments)
    {
        var previous = Environment.GetEnvironmentVariable("HOMEWARD_MAPPINGS");
        Environment.SetEnvironmentVariable("HOMEWARD_MAPPINGS", folder);
        try
        {
            return await _cli.RunAsync(arguments);
        }
        finally
        {
            Environment.SetEnvironmentVariable("HOMEWARD_MAPPINGS", previous);
        }
    }

    private static async Task<string> HashAsync(string path) =>
        Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)));
}
