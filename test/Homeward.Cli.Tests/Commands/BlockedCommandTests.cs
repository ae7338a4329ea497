using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Geo;
using Homeward.Storage.GeoPackage;
using Homeward.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Homeward.Cli.Tests.Commands;

public sealed partial class BlockedCommandTests(DemoFixture demo, PostgisFixture cluster) : IClassFixture<DemoFixture>
{
    private static readonly JsonSerializerOptions GeoJsonOptions = CreateGeoJsonOptions();

    [Fact]
    public async Task Blocked_Roads_ExitsOneAndSaysThereIsNoRoadLayer()
    {
        var result = await RunAsync("blocked", "--assets", "roads");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no roads layer", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Blocked_NoSuchFile_ExitsOne()
    {
        var result = await RunAsync("blocked", "--assets", Path.Combine(demo.Folder, "missing.geojson"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("there is no file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocked_SelfIntersectingParcel_ExitsOneNamingFeatureAndPlace()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("parcels.geojson");
        await File.WriteAllTextAsync(path, """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"name": "good"}, "geometry": {"type": "Polygon", "coordinates": [[[46.9, 39.9], [46.91, 39.9], [46.91, 39.91], [46.9, 39.9]]]}},
              {"type": "Feature", "properties": {"name": "bow tie"}, "geometry": {"type": "Polygon", "coordinates": [[[46.9, 39.9], [46.91, 39.91], [46.91, 39.9], [46.9, 39.91], [46.9, 39.9]]]}}
            ]}
            """, TestContext.Current.CancellationToken);

        var result = await RunAsync("blocked", "--assets", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("feature 2, field 'geometry': invalid geometry", result.Error, StringComparison.Ordinal);
        Assert.Contains("(46.905 39.905)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocked_NegativeRadius_ExitsOne()
    {
        var result = await RunAsync("blocked", "--assets", "settlements", "--radius-metres", "-5");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--radius-metres", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocked_SettlementsTable_MarksSyntheticDataAndNamesTheBlockedSettlements()
    {
        var json = await JsonAsync("blocked", "--assets", "settlements");
        var result = await RunAsync("blocked", "--assets", "settlements");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("SYNTHETIC", result.Error, StringComparison.Ordinal);
        Assert.Contains("contains SYNTHETIC demonstration data", result.Output, StringComparison.Ordinal);
        var blocked = json.GetProperty("assets").EnumerateArray().Where(a => a.GetProperty("blocked").GetBoolean()).ToList();
        Assert.NotEmpty(blocked);
        foreach (var settlement in blocked)
        {
            Assert.Contains(settlement.GetProperty("id").GetString()!, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Blocked_ByHazard_PeopleKeptFromHomeAddUpToThePopulationOfBlockedSettlements()
    {
        var byAsset = await JsonAsync("blocked", "--assets", "settlements", "--radius-metres", "5000");
        var byHazard = await JsonAsync("blocked", "--assets", "settlements", "--radius-metres", "5000", "--by-hazard");

        var blockedPopulation = byAsset.GetProperty("assets").EnumerateArray()
            .Where(a => a.GetProperty("blocked").GetBoolean() && a.TryGetProperty("population", out _))
            .Sum(a => a.GetProperty("population").GetInt64());
        var hazards = byHazard.GetProperty("hazards").EnumerateArray().ToList();
        Assert.True(blockedPopulation > 0);
        Assert.Equal(blockedPopulation, hazards.Sum(h => h.GetProperty("peopleKeptFromHome").GetInt64()));
        Assert.Equal(blockedPopulation, byHazard.GetProperty("peopleKeptFromHome").GetInt64());
        Assert.True(byHazard.GetProperty("containsSyntheticData").GetBoolean());

        // Each hazard's share is at most everyone it blocks, and what it alone blocks is within its share.
        foreach (var h in hazards)
        {
            Assert.InRange(h.GetProperty("peopleKeptFromHome").GetInt64(), h.GetProperty("peopleFreedIfCleared").GetInt64(),
                h.GetProperty("populationNearby").GetInt64());
        }
    }

    [Fact]
    public async Task Blocked_OutCsvAndGeoJson_WriteOneRowOrFeaturePerAsset()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("blocked.csv");
        var geojson = folder.File("blocked.geojson");

        var csvResult = await RunAsync("blocked", "--assets", "settlements", "--out", csv);
        var geojsonResult = await RunAsync("blocked", "--assets", "settlements", "--by-hazard", "--out", geojson);

        Assert.Equal(0, csvResult.ExitCode);
        Assert.Equal(0, geojsonResult.ExitCode);
        var settlements = await SettlementCountAsync();
        var lines = await File.ReadAllLinesAsync(csv, TestContext.Current.CancellationToken);
        Assert.StartsWith("id,label,shape,population,area_m2", lines[0], StringComparison.Ordinal);
        Assert.Equal(settlements + 1, lines.Length);
        Assert.Contains(lines.Skip(1), l => l.Contains(",true,", StringComparison.Ordinal) && l.EndsWith(",true", StringComparison.Ordinal));
        var collection = JsonNode.Parse(await File.ReadAllTextAsync(geojson, TestContext.Current.CancellationToken))!;
        Assert.Equal("FeatureCollection", (string?)collection["type"]);
        Assert.True((bool)collection["containsSyntheticData"]!);
        Assert.All(collection["features"]!.AsArray(), f => Assert.Contains((string?)f!["geometry"]!["type"], (string[])["Polygon", "MultiPolygon"]));
    }

    private Task<ProcessResult> RunAsync(params string[] arguments) => HomewardProcess.RunAsync(demo.Folder, [.. arguments, "--db", demo.Database]);

    private async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        var result = await RunAsync([.. arguments, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    private async Task<int> SettlementCountAsync() => (await DemoLayersAsync()).Settlements.Count;

    /// <summary>Every hazardous area (with its status's JSON name) and settlement of the demo database, as the store reads them.</summary>
    private async Task<(List<(string Code, string Status, Geometry Geometry)> Hazards, List<(string Code, int? Population, Geometry Geometry)> Settlements)> DemoLayersAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var store = await GeoPackageStore.OpenAsync(demo.Database, new GeoPackageStoreOptions(), cancellationToken);
        var hazards = new List<(string, string, Geometry)>();
        await foreach (var stored in store.ListAsync(ObjectKind.HazardousArea, null, cancellationToken))
        {
            var hazard = (HazardousArea)stored.State;
            hazards.Add((hazard.Code, JsonNamingPolicy.CamelCase.ConvertName(hazard.Status.ToString()), hazard.Geometry!));
        }

        var settlements = new List<(string, int?, Geometry)>();
        await foreach (var stored in store.ListAsync(ObjectKind.Settlement, null, cancellationToken))
        {
            var settlement = (Settlement)stored.State;
            if (settlement.Geometry is { IsEmpty: false } point)
            {
                settlements.Add((settlement.Code, settlement.PopulationBefore, point));
            }
        }

        return (hazards, settlements);
    }

    /// <summary>Writes geometries as a GeoJSON FeatureCollection with the given ids as feature ids.</summary>
    private static async Task<string> WriteAssetFileAsync(TemporaryFolder folder, string name, IEnumerable<(string Id, Geometry Geometry)> assets)
    {
        var features = new JsonArray();
        foreach (var (id, geometry) in assets)
        {
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = id,
                ["properties"] = new JsonObject { ["name"] = $"test asset {id}" },
                ["geometry"] = JsonSerializer.SerializeToNode(geometry, GeoJsonOptions),
            });
        }

        var path = folder.File(name);
        await File.WriteAllTextAsync(path, new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString(),
            TestContext.Current.CancellationToken);
        return path;
    }

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static JsonSerializerOptions CreateGeoJsonOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(GeometryServices.Wgs84));
        return options;
    }
}
