using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Reports;

public sealed partial class ReportApproveCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Approve_NewHazardWithEvidence_CreatesBothLinkedWithComputedArea()
    {
        await _cli.RunOkAsync("init");
        var evidence = new System.Text.Json.Nodes.JsonObject
        {
            ["kind"] = "evidence",
            ["hazardousArea"] = "#h1",
            ["evidenceType"] = "eo-seen",
            ["directness"] = "direct",
            ["source"] = "observed",
        };
        var report = await _cli.SubmitAsync(Report("NTS", Feature("h1", Square(46.90, 39.95, 0.01), Hazard("cha", "minefield-ap")),
            Feature("e1", Point(46.905, 39.955), evidence)));

        var approved = await _cli.JsonAsync("report", "approve", report);

        var effects = approved.GetProperty("effects").EnumerateArray().ToList();
        Assert.Equal(2, effects.Count);
        Assert.All(effects, e => Assert.Equal(0, e.GetProperty("versionBefore").GetInt32()));
        var hazardCode = effects.Single(e => e.GetProperty("kind").GetString() == "hazardousArea").GetProperty("code").GetString()!;
        var hazard = await _cli.JsonAsync("show", hazardCode);
        // 0.01° × 0.01° at 39.95°N: 853 m east-west × 1 110 m north-south.
        Assert.InRange(hazard.GetProperty("object").GetProperty("areaSquareMetres").GetDouble(), 945_000, 950_000);
        Assert.Equal("open", hazard.GetProperty("object").GetProperty("status").GetString());
        var evidenceCode = effects.Single(e => e.GetProperty("kind").GetString() == "evidence").GetProperty("code").GetString()!;
        var shown = await _cli.RunOkAsync("show", evidenceCode);
        Assert.Contains(hazardCode, shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_UpdateByCode_ChangesOnlyTheGivenFieldsAndKeepsHistory()
    {
        var code = await CreateHazardAsync();
        var update = await _cli.SubmitAsync(Report("TS started", Feature("u1", null, new() { ["kind"] = "hazardousArea", ["code"] = code, ["status"] = "inProgress" })));

        await _cli.RunOkAsync("report", "approve", update);

        var hazard = await _cli.JsonAsync("show", code);
        Assert.Equal(2, hazard.GetProperty("version").GetInt32());
        Assert.Equal("inProgress", hazard.GetProperty("object").GetProperty("status").GetString());
        Assert.Equal("cha", hazard.GetProperty("object").GetProperty("areaClass").GetString());
        Assert.Equal("Polygon", hazard.GetProperty("geometry").GetProperty("type").GetString());
        var history = await _cli.JsonAsync("history", code);
        Assert.Equal(["created", "updated"], history.EnumerateArray().Select(v => v.GetProperty("change").GetString()));
        Assert.Equal(update, history[1].GetProperty("reportCode").GetString());
        Assert.Equal("test-officer", history[1].GetProperty("changedBy").GetString());
    }

    [Fact]
    public async Task Approve_TwoReportsPreparedAgainstTheSameVersion_SecondConflictsUntilRebased()
    {
        var code = await CreateHazardAsync();
        var first = await _cli.SubmitAsync(Report("a", Feature("u", null, new() { ["kind"] = "hazardousArea", ["code"] = code, ["priority"] = 1 })));
        var second = await _cli.SubmitAsync(Report("b", Feature("u", null, new() { ["kind"] = "hazardousArea", ["code"] = code, ["name"] = "Orchard" })));
        await _cli.RunOkAsync("report", "approve", first);

        var conflict = await _cli.RunAsync("report", "approve", second);

        Assert.Equal(1, conflict.ExitCode);
        Assert.Contains(code, conflict.Error, StringComparison.Ordinal);
        Assert.Contains("version 1 then, 2 now", conflict.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await _cli.JsonAsync("show", code)).GetProperty("version").GetInt32());

        await _cli.RunOkAsync("report", "approve", second, "--rebase");

        var hazard = (await _cli.JsonAsync("show", code)).GetProperty("object");
        Assert.Equal(1, hazard.GetProperty("priority").GetInt32()); // the first report's change is not lost
        Assert.Equal("Orchard", hazard.GetProperty("name").GetString());
        Assert.Equal(3, (await _cli.JsonAsync("history", code)).GetArrayLength());
    }

    [Fact]
    public async Task Submit_ReleasedAreaOutsideItsHazard_IsRefusedNamingRecordFieldAndCoordinate()
    {
        var code = await CreateHazardAsync();
        // The hazard spans 46.90–46.91°E; this released area reaches 46.9105°E, about 43 m outside.
        var report = await _cli.CreateAsync(Report("BAC", Feature("r1", Square(46.905, 39.951, 0.0055), Released(code, "cleared", "2024-06-01"))));

        var refused = await _cli.RunAsync("report", "submit", report);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{report} item 'r1'", refused.Error, StringComparison.Ordinal);
        Assert.Contains("field 'geometry'", refused.Error, StringComparison.Ordinal);
        Assert.Contains("(46.9105 ", refused.Error, StringComparison.Ordinal);
        Assert.Contains($"outside hazardous area {code}", refused.Error, StringComparison.Ordinal);
        Assert.Empty((await _cli.JsonAsync("stats")).GetProperty("released").EnumerateArray());
    }

    [Fact]
    public async Task Approve_ReleasedAreasAddingUpToMoreThanTheHazard_IsRefused()
    {
        var code = await CreateHazardAsync();
        var whole = Square(46.90, 39.95, 0.01);
        // Both reports pass their checks when submitted; only approving the first makes the second too much.
        var first = await _cli.SubmitAsync(Report("NTS", Feature("r1", whole, Released(code, "cancelled", "2022-05-01"))));
        var again = await _cli.SubmitAsync(Report("NTS again", Feature("r2", whole, Released(code, "cancelled", "2023-05-01"))));
        await _cli.RunOkAsync("report", "approve", first);

        var refused = await _cli.RunAsync("report", "approve", again);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"the released areas of {code} would total", refused.Error, StringComparison.Ordinal);
        Assert.Contains("item 'r2'", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_StatusChangeNotAllowed_IsRefusedNamingTheField()
    {
        var code = await CreateHazardAsync();
        var report = await _cli.CreateAsync(Report("jump", Feature("u", null, new() { ["kind"] = "hazardousArea", ["code"] = code, ["status"] = "handedOver" })));

        var refused = await _cli.RunAsync("report", "submit", report);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("field 'status': a hazardous area cannot go from open to handedOver", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_UnknownCodeAndMissingField_AreRefusedWithSuggestion()
    {
        await _cli.RunOkAsync("init");
        var path = await _cli.WriteFileAsync("bad.geojson", Report("typo", Feature("h1", Square(46.90, 39.95, 0.01), new() { ["kind"] = "hazardousArea", ["hazardType"] = "minefeild-ap" })));
        var created = await _cli.JsonAsync("report", "create", path);

        var refused = await _cli.RunAsync("report", "submit", created.GetProperty("code").GetString()!);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("field 'areaClass': this field is required", refused.Error, StringComparison.Ordinal);
        Assert.Equal("draft", (await _cli.JsonAsync("report", "list")).EnumerateArray().Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task Submit_CodeNotInTable_SuggestsTheNearestCode()
    {
        await _cli.RunOkAsync("init");
        var path = await _cli.WriteFileAsync("bad.geojson", Report("typo", Feature("h1", Square(46.90, 39.95, 0.01), Hazard("sha", "minefeild-ap"))));
        var created = await _cli.JsonAsync("report", "create", path);

        var refused = await _cli.RunAsync("report", "submit", created.GetProperty("code").GetString()!);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("field 'hazardType': 'minefeild-ap' is not a code of the hazard_type table. Did you mean 'minefield-ap'", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ReviewerDecidesItemUpdatesAnOverlappingHazard()
    {
        var code = await CreateHazardAsync();
        // The same field surveyed again without its code: the system proposes the overlapping hazard.
        var report = await _cli.SubmitAsync(Report("resurvey", Feature("h", Square(46.9005, 39.9505, 0.009), Hazard("cha", "minefield-ap"))));
        var shown = await _cli.JsonAsync("report", "show", report);
        var proposal = shown.GetProperty("proposals").EnumerateArray().Single();
        Assert.Equal(code, proposal.GetProperty("targetCode").GetString());
        Assert.InRange(proposal.GetProperty("overlapRatio").GetDouble(), 0.99, 1.0);

        await _cli.RunOkAsync("report", "approve", report, "--update", $"h={code}");

        Assert.Equal(1, (await _cli.JsonAsync("stats")).GetProperty("hazardousAreasRecorded").GetInt32());
        Assert.Equal(2, (await _cli.JsonAsync("show", code)).GetProperty("version").GetInt32());
    }

    private async Task<string> CreateHazardAsync()
    {
        if (!File.Exists(_cli.Database))
        {
            await _cli.RunOkAsync("init");
        }

        var report = await _cli.SubmitAsync(Report("NTS", Feature("h1", Square(46.90, 39.95, 0.01), Hazard("cha", "minefield-ap"))));
        var approved = await _cli.JsonAsync("report", "approve", report);
        return approved.GetProperty("effects")[0].GetProperty("code").GetString()!;
    }
}
