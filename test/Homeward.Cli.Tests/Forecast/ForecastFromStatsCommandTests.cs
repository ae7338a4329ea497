using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Homeward.Cli.Tests.Forecast;

public sealed class ForecastFromStatsCommandTests : IDisposable
{
    // 1 km² a year for four years (365-day periods), 3 km² left: done 3 × 365 days after the last period.
    private const string Constant = """
        # synthetic constant-rate programme
        period_start,period_end,released_m2,remaining_estimate_m2
        2001-01-01,2001-12-31,1000000,
        2002-01-01,2002-12-31,1000000,
        2003-01-01,2003-12-31,1000000,
        2004-01-01,2004-12-30,1000000,3000000
        """;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ForecastStats_ConstantRate_JsonHasCompletionAndCumulativeAndTheSvgChart()
    {
        var csv = await _cli.WriteFileAsync("constant.csv", Constant);
        var chart = Path.Combine(_cli.Folder, "fan.svg");

        var json = await _cli.JsonAsync("forecast", "--from-stats", csv, "--runs", "500", "--chart", chart);

        var completion = json.GetProperty("completion");
        var p50 = DateOnly.Parse(completion.GetProperty("p50").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(p50.DayNumber - new DateOnly(2004, 12, 30).DayNumber, 3 * 365 - 1, 3 * 365 + 1);
        Assert.Equal(completion.GetProperty("p10").GetString(), completion.GetProperty("p90").GetString());
        var cumulative = json.GetProperty("cumulative").EnumerateArray().ToList();
        Assert.Equal("2005-12-30", cumulative[0].GetProperty("date").GetString());
        Assert.Equal(5_000_000, cumulative[0].GetProperty("p50").GetDouble(), 1e-3);
        Assert.All(cumulative, c => Assert.True(c.GetProperty("p10").GetDouble() <= c.GetProperty("p90").GetDouble()));
        var svg = XDocument.Load(chart);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains(svg.Root.Elements(), e => e.Name.LocalName == "polygon");
    }

    [Fact]
    public async Task ForecastStats_SameSeed_SameJson()
    {
        var csv = await _cli.WriteFileAsync("k.csv", """
            period_start,period_end,released_m2,teams,remaining_estimate_m2
            2010-01-01,2010-12-31,800000,4,
            2011-01-01,2011-12-31,1300000,5,
            2012-01-01,2012-12-31,900000,5,9000000
            """);

        var a = await _cli.RunOkAsync("forecast", "--from-stats", csv, "--runs", "300", "--seed", "9", "--json");
        var b = await _cli.RunOkAsync("forecast", "--from-stats", csv, "--runs", "300", "--seed", "9", "--json");

        Assert.Equal(a.Output, b.Output);
        Assert.Equal("per-team-day", JsonDocument.Parse(a.Output).RootElement.GetProperty("model").GetProperty("rateBasis").GetString());
    }

    [Fact]
    public async Task ForecastStats_BadFile_RefusedNamingRowColumnAndValue()
    {
        var csv = await _cli.WriteFileAsync("bad.csv", "period_start,period_end,released_m2\n2010-01-01,2010-12-31,-4\n");

        var result = await _cli.RunAsync("forecast", "--from-stats", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("row 2, released_m2 = \"-4\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BacktestStats_Cambodia_ReportsEachLaterPeriodWithCoverage()
    {
        var csv = Path.Combine(RepositoryRoot(), "data", "backtest", "cambodia.csv");

        var json = await _cli.JsonAsync("backtest", "--from-stats", csv, "--as-of", "2015-12-31", "--runs", "500");

        Assert.Equal("2015-12-31", json.GetProperty("trainedUntil").GetString());
        var horizons = json.GetProperty("horizons").EnumerateArray().ToList();
        Assert.Equal(["2016-12-31", "2018-12-31"], horizons.Select(h => h.GetProperty("date").GetString()));
        Assert.Equal(68_700_000, horizons[0].GetProperty("actualM2").GetDouble(), 1e-3);
        var inside = horizons.Count(h => h.GetProperty("inside").GetBoolean());
        Assert.Equal(inside / 2.0, json.GetProperty("coverage").GetDouble(), 1e-12);
        Assert.Equal(JsonValueKind.Object, json.GetProperty("completion").ValueKind);
    }

    [Fact]
    public async Task BacktestStats_AsOfAfterTheLastPeriod_Refused()
    {
        var csv = await _cli.WriteFileAsync("constant.csv", Constant);

        var result = await _cli.RunAsync("backtest", "--from-stats", csv, "--as-of", "2010-01-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing to compare", result.Error, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Homeward.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("the repository root was not found.");
    }
}
