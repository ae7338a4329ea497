using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Homeward.Cli.Tests.Commands;

namespace Homeward.Cli.Tests.Planning;

public sealed class PlanningCommandTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private static readonly string[] Quick = ["--start", "2026-03-01", "--time-limit", "1", "--deterministic"];

    [Fact]
    public async Task Plan_Json_EveryHazardWithAreaLeftIsPlannedAndNoTeamWorksTwoPackagesAtOnce()
    {
        var plan = await JsonAsync(["plan", .. Quick]);

        // The truth from the file itself, through GDAL: open hazards with at least 1 m² not yet released.
        var open = await Gdal.SqlAsync(demo.Folder, demo.Database,
            "SELECT h.code FROM hazardous_areas h WHERE h.status IN ('open', 'inProgress') AND h.area_square_metres - " +
            "COALESCE((SELECT SUM(r.area_square_metres) FROM released_areas r WHERE r.hazardous_area_id = h.object_id), 0) >= 1");
        var assignments = plan.GetProperty("assignments").EnumerateArray().ToArray();
        Assert.Equal(open.Select(r => r["code"]).Order(StringComparer.Ordinal),
            assignments.Select(a => a.GetProperty("hazard").GetString()!).Distinct().Order(StringComparer.Ordinal));

        foreach (var team in assignments.GroupBy(a => a.GetProperty("team").GetString()))
        {
            var spans = team.Select(a => (Start: Date(a, "start"), End: Date(a, "end"))).OrderBy(s => s.Start).ToArray();
            for (var i = 1; i < spans.Length; i++)
            {
                Assert.True(spans[i].Start > spans[i - 1].End, $"{team.Key} works two packages on {spans[i].Start}");
            }
        }

        var objective = plan.GetProperty("objective").GetInt64();
        Assert.InRange(plan.GetProperty("bound").GetInt64(), 0, objective);
        Assert.True(objective <= plan.GetProperty("baselineObjective").GetInt64());
        Assert.True(plan.GetProperty("containsSyntheticData").GetBoolean());
        Assert.All(plan.GetProperty("settlements").EnumerateArray(), s => Assert.True(Date(s, "safeDate") >= new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public async Task Plan_GanttAndWorkLists_AreFilesOtherToolsOpen()
    {
        var gantt = Path.Combine(demo.Folder, "plan.svg");
        var png = Path.Combine(demo.Folder, "plan.png");
        var lists = Path.Combine(demo.Folder, "work.xlsx");

        var plan = await JsonAsync(["plan", .. Quick, "--gantt", gantt, "--work-lists", lists]);

        var assignments = plan.GetProperty("assignments").EnumerateArray().ToArray();
        var svg = XDocument.Load(gantt);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var districts = plan.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("hazard").GetString()!.Split('-')[1]).Distinct().Count();
        Assert.InRange(svg.Descendants(ns + "polygon").Count() - assignments.Length, districts, districts + 20);
        Assert.Contains("SYNTHETIC", svg.Descendants(ns + "text").First().Value, StringComparison.Ordinal);

        await JsonAsync(["plan", .. Quick, "--gantt", png]);
        var bytes = await File.ReadAllBytesAsync(png, TestContext.Current.CancellationToken);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);

        var info = await Gdal.InfoAsync(demo.Folder, "-ro", "-so", lists);
        var teams = assignments.Select(a => a.GetProperty("team").GetString()!).Distinct().ToArray();
        Assert.All(teams, t => Assert.Contains(": " + t[..Math.Min(31, t.Length)] + " ", info, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_Scenarios_AreVersionedAndCompared()
    {
        var folder = Path.Combine(demo.Folder, "scenarios-" + Guid.NewGuid().ToString("N")[..8]);
        string[] common = [.. Quick, "--scenarios", folder];
        await JsonAsync(["plan", .. common, "--scenario", "base"]);
        var second = await JsonAsync(["plan", .. common, "--scenario", "base"]);
        var more = await JsonAsync(["plan", .. common, "--scenario", "more", "--extra-teams", "mechanical=10", "--extra-teams", "survey=5"]);

        Assert.Equal(2, second.GetProperty("scenario").GetProperty("version").GetInt32());
        Assert.True(File.Exists(Path.Combine(folder, "base", "v1.json")));
        Assert.True(Date(more, "completion") < Date(second, "completion"));

        var comparison = await JsonAsync(["scenario", "compare", "base", "more", "--scenarios", folder]);
        Assert.Equal(2, comparison.GetProperty("first").GetProperty("version").GetInt32());
        var extra = comparison.GetProperty("second").GetProperty("assumptions").GetProperty("extraTeams");
        Assert.Equal(10, extra.GetProperty("mechanical").GetInt32());
        var settlements = comparison.GetProperty("settlements").EnumerateArray().ToArray();
        var planned = second.GetProperty("settlements").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => Date(s, "safeDate"));
        Assert.All(settlements.Where(s => planned.ContainsKey(s.GetProperty("code").GetString()!)),
            s => Assert.Equal(planned[s.GetProperty("code").GetString()!], Date(s, "firstSafeDate")));

        var missing = await demo.RunAsyncIn("scenario", "compare", "base", "nothing", "--scenarios", folder);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no saved scenario \"nothing\"", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_FasterTeams_FinishSooner()
    {
        var usual = await JsonAsync(["plan", .. Quick]);
        var faster = await JsonAsync(["plan", .. Quick, "--productivity-factor", "3"]);
        var given = await JsonAsync(["plan", .. Quick, "--productivity", "mechanical:mine=20000/30000/40000"]);

        Assert.True(Date(faster, "completion") < Date(usual, "completion"));
        Assert.Contains(given.GetProperty("assumptions").GetProperty("productivityOverrides").EnumerateArray(),
            r => r.GetProperty("squareMetresPerTeamDay").GetProperty("mostLikely").GetDouble() == 30000);
        Assert.True(Date(given, "completion") <= Date(usual, "completion"));
    }

    [Fact]
    public async Task Forecast_SameSeed_SameForecastWithOrderedPercentiles()
    {
        string[] arguments = ["forecast", .. Quick, "--runs", "600", "--seed", "9"];
        var first = await JsonAsync(arguments);
        var second = await JsonAsync(arguments);

        Assert.Equal(first.GetProperty("settlements").GetRawText(), second.GetProperty("settlements").GetRawText());
        Assert.Equal(first.GetProperty("national").GetRawText(), second.GetProperty("national").GetRawText());
        Assert.All(first.GetProperty("settlements").EnumerateArray(), s =>
            Assert.True(Date(s, "p50") <= Date(s, "p80") && Date(s, "p80") <= Date(s, "p90")));
        var national = first.GetProperty("national").EnumerateArray().Select(n => n.GetProperty("remainingM2P50").GetDouble()).ToArray();
        Assert.True(national.Zip(national.Skip(1)).All(p => p.Second <= p.First));
        Assert.True(national[0] <= first.GetProperty("remainingM2").GetDouble());
    }

    [Fact]
    public async Task Backtest_DemoHistory_ReportsErrorsAndCoverageAgainstTheRecord()
    {
        var result = await JsonAsync(["backtest", "--as-of", "2024-07-01", "--time-limit", "1", "--deterministic", "--runs", "600"]);

        var points = result.GetProperty("points").EnumerateArray().ToArray();
        Assert.NotEmpty(points);
        Assert.Equal(new DateOnly(2024, 8, 1), Date(points[0], "date"));

        // The recorded remaining area, recomputed from the file: hazards open on the as-of date, less what was released since.
        var dataEnd = Date(result, "dataEnd");
        Assert.True(Date(points[^1], "date") <= dataEnd.AddDays(1));
        var actual = points.Select(p => p.GetProperty("actualM2").GetDouble()).ToArray();
        Assert.True(actual.Zip(actual.Skip(1)).All(p => p.Second <= p.First + 0.5));
        var coverage = result.GetProperty("nationalCoverage").GetDouble();
        Assert.Equal(points.Count(p => p.GetProperty("insideBand").GetBoolean()) / (double)points.Length, coverage, 9);
        Assert.True(result.GetProperty("hazardsForecast").GetInt32() > 0);
        Assert.True(result.GetProperty("calibrationFactor").GetDouble() > 0);
    }

    [Theory]
    [InlineData("plan", "--extra-teams", "boats=3")]
    [InlineData("plan", "--gantt", "plan.pdf")]
    [InlineData("plan", "--district-weight", "AGD")]
    [InlineData("plan", "--winter", "13-01/02-01")]
    [InlineData("plan", "--productivity", "manual:mine=400/200/100")]
    [InlineData("plan", "--productivity", "boats:mine=1/2/3")]
    [InlineData("plan", "--productivity", "@manual:mine=1/2/3")]
    [InlineData("backtest", "--runs", "1000")]
    [InlineData("forecast", "--runs", "5")]
    public async Task BadOptions_ExitOneAndSayWhichOption(string command, string option, string value)
    {
        var result = await demo.RunAsyncIn(command, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    private async Task<JsonElement> JsonAsync(string[] arguments)
    {
        var result = await demo.RunAsyncIn([.. arguments, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    private static DateOnly Date(JsonElement element, string property) =>
        DateOnly.ParseExact(element.GetProperty(property).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
