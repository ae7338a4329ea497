using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Reports;

public sealed partial class ReportApproveCommandTests
{
    [Fact]
    public async Task Approve_NearDuplicateOfAStoredHazard_IsRefusedUntilTheReviewerCreatesItExplicitly()
    {
        var code = await CreateHazardAsync();
        // The same field surveyed again by another team, 0.0001° (about 8.5 m) further east and without the code.
        var report = await _cli.SubmitAsync(Report("NTS again", Feature("h2", Square(46.9001, 39.95, 0.01), Hazard("sha", "battle-area"))));

        var refused = await _cli.RunAsync("report", "approve", report);
        await _cli.RunOkAsync("report", "approve", report, "--create", "h2");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{report} item 'h2', field 'geometry' at (", refused.Error, StringComparison.Ordinal);
        Assert.Contains($"near-duplicate of hazardous area {code}: they share", refused.Error, StringComparison.Ordinal);
        Assert.Contains("0.99 of the smaller area", refused.Error, StringComparison.Ordinal);
        Assert.Contains($"Approve with --update h2={code} if the item describes that hazardous area, or with --create h2", refused.Error,
            StringComparison.Ordinal);
        Assert.Equal(2, (await _cli.JsonAsync("stats")).GetProperty("hazardousAreasRecorded").GetInt32());
    }
}
