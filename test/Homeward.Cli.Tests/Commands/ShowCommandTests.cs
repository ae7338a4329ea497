using System.Globalization;
using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Commands;

public sealed class ShowCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ShowAsOf_InstantBeforeAnUpdate_ReturnsTheEarlierState()
    {
        await _cli.RunOkAsync("init");
        var created = await _cli.JsonAsync("report", "approve",
            await _cli.SubmitAsync(Report("NTS", Feature("h1", Square(46.90, 39.95, 0.01), Hazard("sha", "battle-area")))));
        var code = created.GetProperty("effects")[0].GetProperty("code").GetString()!;
        await _cli.RunOkAsync("report", "approve",
            await _cli.SubmitAsync(Report("TS", Feature("u", null, new() { ["kind"] = "hazardousArea", ["code"] = code, ["areaClass"] = "cha" }))));
        var history = await _cli.JsonAsync("history", code);
        var updatedAt = history[1].GetProperty("validFrom").GetDateTimeOffset();

        var before = await _cli.JsonAsync("show", code, "--as-of", updatedAt.AddTicks(-1).ToString("O", CultureInfo.InvariantCulture));
        var at = await _cli.JsonAsync("show", code, "--as-of", updatedAt.ToString("O", CultureInfo.InvariantCulture));

        Assert.Equal(1, before.GetProperty("version").GetInt32());
        Assert.Equal("sha", before.GetProperty("object").GetProperty("areaClass").GetString());
        Assert.Equal(2, at.GetProperty("version").GetInt32());
        Assert.Equal("cha", at.GetProperty("object").GetProperty("areaClass").GetString());
    }

    [Fact]
    public async Task ShowAsOf_DayBeforeTheObjectExisted_SaysSo()
    {
        await _cli.RunOkAsync("init");
        var created = await _cli.JsonAsync("report", "approve",
            await _cli.SubmitAsync(Report("NTS", Feature("h1", Square(46.90, 39.95, 0.01), Hazard()))));
        var code = created.GetProperty("effects")[0].GetProperty("code").GetString()!;

        var result = await _cli.RunAsync("show", code, "--as-of", "2020-01-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"no object had the code {code} on 2020-01-01", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_NoDatabase_ExitsWithEnvironmentError()
    {
        var result = await _cli.RunAsync("show", "HA-000001");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("there is no database", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_BadAsOf_ExitsWithUserError()
    {
        await _cli.RunOkAsync("init");

        var result = await _cli.RunAsync("show", "HA-000001", "--as-of", "yesterday");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--as-of 'yesterday'", result.Error, StringComparison.Ordinal);
    }
}
