using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Reports;

public sealed class ReportUnapproveCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Unapprove_Update_RestoresTheEarlierStateExactly()
    {
        await _cli.RunOkAsync("init");
        var created = await _cli.JsonAsync("report", "approve",
            await _cli.SubmitAsync(Report("NTS", Feature("h1", Square(46.90, 39.95, 0.01), Hazard("sha", "battle-area")))));
        var code = created.GetProperty("effects")[0].GetProperty("code").GetString()!;
        var before = await _cli.JsonAsync("show", code);
        var update = await _cli.SubmitAsync(Report("TS", Feature("u", Square(46.901, 39.951, 0.008),
            new() { ["kind"] = "hazardousArea", ["code"] = code, ["areaClass"] = "cha", ["status"] = "inProgress" })));
        await _cli.RunOkAsync("report", "approve", update);

        await _cli.RunOkAsync("report", "unapprove", update, "--reason", "wrong hazard");

        var after = await _cli.JsonAsync("show", code);
        Assert.Equal(3, after.GetProperty("version").GetInt32());
        Assert.Equal(before.GetProperty("object").GetRawText(), after.GetProperty("object").GetRawText());
        Assert.Equal(before.GetProperty("geometry").GetRawText(), after.GetProperty("geometry").GetRawText());
        var history = await _cli.JsonAsync("history", code);
        Assert.Equal(["created", "updated", "reverted"], history.EnumerateArray().Select(v => v.GetProperty("change").GetString()));
        var list = await _cli.JsonAsync("report", "list");
        Assert.Equal("unapproved", list.EnumerateArray().Single(r => r.GetProperty("code").GetString() == update).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unapprove_Creation_WithdrawsTheObjectsUntilApprovedAgain()
    {
        await _cli.RunOkAsync("init");
        var report = await _cli.SubmitAsync(Report("NTS", Feature("h1", Square(46.90, 39.95, 0.01), Hazard())));
        var code = (await _cli.JsonAsync("report", "approve", report)).GetProperty("effects")[0].GetProperty("code").GetString()!;
        Assert.Equal(1, (await _cli.JsonAsync("stats")).GetProperty("hazardousAreasRecorded").GetInt32());

        var unapproved = await _cli.RunOkAsync("report", "unapprove", report, "--reason", "duplicate of an older survey");

        Assert.Contains("1 object(s) it had created withdrawn, 0 it had updated put back as they were.", unapproved.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await _cli.JsonAsync("stats")).GetProperty("hazardousAreasRecorded").GetInt32());
        var shown = await _cli.RunAsync("show", code);
        Assert.Equal(1, shown.ExitCode);
        Assert.Contains($"no object has the code {code}", shown.Error, StringComparison.Ordinal);

        // Approved again after review, the report recreates the same object under the same code.
        await _cli.RunOkAsync("report", "approve", report);
        var again = await _cli.JsonAsync("show", code);
        Assert.Equal(3, again.GetProperty("version").GetInt32());
        Assert.Equal(["created", "withdrawn", "created"], (await _cli.JsonAsync("history", code)).EnumerateArray().Select(v => v.GetProperty("change").GetString()));
    }

    [Fact]
    public async Task Unapprove_ObjectChangedByALaterReport_IsRefusedNamingThatReport()
    {
        await _cli.RunOkAsync("init");
        var first = await _cli.SubmitAsync(Report("NTS", Feature("h1", Square(46.90, 39.95, 0.01), Hazard())));
        var code = (await _cli.JsonAsync("report", "approve", first)).GetProperty("effects")[0].GetProperty("code").GetString()!;
        var later = await _cli.SubmitAsync(Report("TS", Feature("u", null, new() { ["kind"] = "hazardousArea", ["code"] = code, ["priority"] = 1 })));
        await _cli.RunOkAsync("report", "approve", later);

        var refused = await _cli.RunAsync("report", "unapprove", first, "--reason", "mistake");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(code, refused.Error, StringComparison.Ordinal);
        Assert.Contains(later, refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await _cli.JsonAsync("show", code)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Reject_SubmittedReport_ChangesNothingButItsStatus()
    {
        await _cli.RunOkAsync("init");
        var before = (await _cli.JsonAsync("stats")).GetProperty("dataVersion").GetInt64();
        var report = await _cli.SubmitAsync(Report("NTS", Feature("h1", Square(46.90, 39.95, 0.01), Hazard())));

        await _cli.RunOkAsync("report", "reject", report, "--reason", "outside our work area");

        var stats = await _cli.JsonAsync("stats");
        Assert.Equal(0, stats.GetProperty("hazardousAreasRecorded").GetInt32());
        var listed = (await _cli.JsonAsync("report", "list")).EnumerateArray().Single();
        Assert.Equal("rejected", listed.GetProperty("status").GetString());
        var approve = await _cli.RunAsync("report", "approve", report);
        Assert.Equal(1, approve.ExitCode);
        Assert.Contains("rejected", approve.Error, StringComparison.Ordinal);
        // Creating, submitting and rejecting a report are commits, but none touched an object.
        Assert.True(stats.GetProperty("dataVersion").GetInt64() >= before);
    }
}
