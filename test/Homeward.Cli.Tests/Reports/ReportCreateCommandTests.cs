using System.Text.Json.Nodes;
using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Reports;

/// <summary>Geometry at the door: invalid geometry refused, repaired only with --repair and recorded, the rest refused at submit.</summary>
public sealed class ReportCreateCommandTests : IDisposable
{
    /// <summary>A hazard north of Aghdam whose perimeter was walked corner to corner: the sides cross at (46.902 39.95275).</summary>
    private static readonly JsonObject BowTie = Polygon((46.901, 39.952), (46.903, 39.9535), (46.903, 39.952), (46.901, 39.9535), (46.901, 39.952));

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Create_BowTie_IsRefusedWithTheCrossingAndHowToRepairIt()
    {
        await _cli.RunOkAsync("init");
        var path = await _cli.WriteFileAsync("bow-tie.geojson", Report("NTS north of Aghdam", Feature("h1", BowTie, Hazard())));

        var refused = await _cli.RunAsync("report", "create", path);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("feature 1 (item 'h1'), field 'geometry' at (46.902 39.95275): invalid geometry: Self-intersection", refused.Error,
            StringComparison.Ordinal);
        Assert.Contains("--repair", refused.Error, StringComparison.Ordinal);
        Assert.Empty((await _cli.JsonAsync("report", "list")).EnumerateArray());
    }

    [Fact]
    public async Task Create_BowTieWithRepair_RepairsItRecordsItAndShowTellsTheRepair()
    {
        await _cli.RunOkAsync("init");
        var path = await _cli.WriteFileAsync("bow-tie.geojson", Report("NTS north of Aghdam", Feature("h1", BowTie, Hazard())));

        var created = await _cli.RunOkAsync("report", "create", path, "--repair");
        var code = (await _cli.JsonAsync("report", "list")).EnumerateArray().Single().GetProperty("code").GetString()!;
        var shown = await _cli.RunOkAsync("report", "show", code);
        var json = await _cli.JsonAsync("report", "show", code);
        await _cli.RunOkAsync("report", "submit", code);
        var approved = await _cli.JsonAsync("report", "approve", code);

        Assert.Contains("repaired item 'h1': invalid geometry: Self-intersection (the boundary crosses itself, as in a bow-tie) at (46.902 39.95275); " +
            "rebuilt with GeometryFixer as a MultiPolygon of 2 parts: 5 positions and 0 m² before, 8 positions and 14", created.Output, StringComparison.Ordinal);
        Assert.Contains("1 geometry(ies) repaired", created.Output, StringComparison.Ordinal);
        Assert.Contains("MultiPolygon (repaired)", shown.Output, StringComparison.Ordinal);
        Assert.Contains("Geometry repaired at test-officer's request when the report was created:", shown.Output, StringComparison.Ordinal);
        Assert.Contains("item 'h1': invalid geometry: Self-intersection", shown.Output, StringComparison.Ordinal);
        var repair = json.GetProperty("geometryRepairs").EnumerateArray().Single();
        Assert.Equal("h1", repair.GetProperty("itemRef").GetString());
        Assert.Equal("selfIntersection", repair.GetProperty("problems")[0].GetProperty("kind").GetString());
        Assert.Equal(46.902, repair.GetProperty("problems")[0].GetProperty("location").GetProperty("longitude").GetDouble(), 9);
        Assert.Equal("rebuilt with GeometryFixer as a MultiPolygon of 2 parts", repair.GetProperty("changes").GetString());
        Assert.Equal((5, 8), (repair.GetProperty("verticesBefore").GetInt32(), repair.GetProperty("verticesAfter").GetInt32()));
        Assert.Equal("Polygon", repair.GetProperty("original").GetProperty("type").GetString());
        var hazard = await _cli.JsonAsync("show", approved.GetProperty("effects")[0].GetProperty("code").GetString()!);
        Assert.Equal("MultiPolygon", hazard.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Submit_HazardTypedLatitudeFirst_IsRefusedNamingItemFieldAndCoordinate()
    {
        await _cli.RunOkAsync("init");
        var swapped = Polygon((39.952, 46.901), (39.952, 46.903), (39.9535, 46.903), (39.9535, 46.901), (39.952, 46.901));
        var path = await _cli.WriteFileAsync("swapped.geojson", Report("NTS north of Aghdam", Feature("h1", swapped, Hazard())));
        var created = await _cli.RunOkAsync("report", "create", path);
        var code = (await _cli.JsonAsync("report", "list")).EnumerateArray().Single().GetProperty("code").GetString()!;

        var refused = await _cli.RunAsync("report", "submit", code);

        Assert.Contains("warning: feature 1 (item 'h1'), field 'geometry' at (39.952 46.901): latitude and longitude appear swapped", created.Error,
            StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{code} item 'h1', field 'geometry' at (39.952 46.901): latitude and longitude appear swapped: (39.952 46.901) would be " +
            "inside Azerbaijan as (46.901 39.952)", refused.Error, StringComparison.Ordinal);
        Assert.Equal("draft", (await _cli.JsonAsync("report", "list")).EnumerateArray().Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task Create_LatitudeFirstWithRepair_SwapsThemBackAndSubmits()
    {
        await _cli.RunOkAsync("init");
        var swapped = Polygon((39.952, 46.901), (39.952, 46.903), (39.9535, 46.903), (39.9535, 46.901), (39.952, 46.901));
        var path = await _cli.WriteFileAsync("swapped.geojson", Report("NTS north of Aghdam", Feature("h1", swapped, Hazard())));

        var created = await _cli.JsonAsync("report", "create", path, "--repair", "--submit");

        Assert.Equal("submitted", created.GetProperty("status").GetString());
        Assert.Equal("swapped longitude and latitude", created.GetProperty("geometryRepairs")[0].GetProperty("changes").GetString());
    }

    private static JsonObject Polygon(params (double Lon, double Lat)[] ring) => new()
    {
        ["type"] = "Polygon",
        ["coordinates"] = new JsonArray(new JsonArray([.. ring.Select(p => new JsonArray(JsonValue.Create(p.Lon), JsonValue.Create(p.Lat)))])),
    };
}
