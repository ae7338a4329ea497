using System.Text;
using Homeward.Demo.Generation;
using Homeward.Domain.Objects;

namespace Homeward.Demo.Tests.Generation;

public sealed partial class ScenarioGeneratorTests
{
    private static readonly DemoOptions Small = new() { Scale = 0.05 };

    [Fact]
    public async Task Generate_SameSeed_SameDrafts()
    {
        var region = await TestRegion.ReadAsync();

        var first = ScenarioGenerator.Generate(region, Small, new Geo.UtmMetricMeasure(38, north: true));
        var second = ScenarioGenerator.Generate(region, Small, new Geo.UtmMetricMeasure(38, north: true));

        Assert.Equal(Dump(first), Dump(second));
    }

    [Fact]
    public async Task Generate_OtherSeed_OtherContent()
    {
        var first = await TestRegion.ScenarioAsync(Small);
        var other = await TestRegion.ScenarioAsync(Small with { Seed = 7 });

        Assert.NotEqual(Dump(first), Dump(other));
        Assert.DoesNotContain(other.Reports, r => first.Reports.Any(f => f.Id == r.Id));
    }

    [Theory]
    [InlineData(0.02, 60)]
    [InlineData(0.05, 150)]
    [InlineData(0.001, 13)] // At least one per focus district.
    public async Task Generate_Scale_ScalesTheHazardCount(double scale, int hazards)
    {
        var scenario = await TestRegion.ScenarioAsync(new DemoOptions { Scale = scale });

        Assert.Equal(hazards, scenario.Work.Count);
        Assert.Equal(13, scenario.Work.Select(w => w.Hazard.District.ShortCode).Distinct().Count());
    }

    [Fact]
    public async Task Generate_Reports_RealDataFirstThenSyntheticInStrictlyIncreasingInstantsOfThePeriod()
    {
        var scenario = await TestRegion.ScenarioAsync(Small);

        Assert.Equal(["Administrative areas", "Settlements"], scenario.Reports.Take(2).Select(r => r.Stage));
        Assert.All(scenario.Reports.Take(2), r => Assert.False(r.IsSynthetic));
        Assert.All(scenario.Reports.Skip(2), r => Assert.True(r.IsSynthetic));
        Assert.All(scenario.Reports.Zip(scenario.Reports.Skip(1)), p => Assert.True(p.First.ApprovedAt < p.Second.ApprovedAt));
        Assert.All(scenario.Reports, r =>
        {
            Assert.InRange(r.ApprovedAt.Year, 2021, 2025);
            Assert.Equal(DateOnly.FromDateTime(r.ApprovedAt.UtcDateTime), r.ReportedOn);
            Assert.NotEmpty(r.Items);
        });
        Assert.Equal(scenario.Reports.Count, scenario.Reports.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Generate_References_NameOnlyObjectsOfEarlierReportsOrTheSameReport()
    {
        var scenario = await TestRegion.ScenarioAsync(Small);
        var created = new HashSet<string>(StringComparer.Ordinal);

        foreach (var report in scenario.Reports)
        {
            var draft = report.ToDraft(key => created.Contains(key) ? $"CODE[{key}]" : throw new KeyNotFoundException($"{report.Title}: {key}"));

            Assert.All(draft.Items.Where(i => i.TargetCode is not null), i => Assert.StartsWith("CODE[", i.TargetCode, StringComparison.Ordinal));
            foreach (var item in report.Items.Where(i => i.Key is not null))
            {
                Assert.True(created.Add(item.Key!), $"{item.Key} is created twice");
            }
        }
    }

    /// <summary>Everything a report would store, with references as scenario keys and geometry as exact WKB.</summary>
    internal static string Dump(Scenario scenario)
    {
        var sb = new StringBuilder();
        foreach (var report in scenario.Reports)
        {
            var draft = report.ToDraft(key => key);
            sb.AppendLine(FormattableString.Invariant($"{draft.Id} {report.ApprovedAt:O} {draft.Title} {draft.FormType} {draft.ReportedOn} {draft.IsSynthetic}"));
            foreach (var item in draft.Items)
            {
                sb.AppendLine(FormattableString.Invariant($"  {item.ItemRef} {item.Kind} {item.TargetCode} {item.AttributesJson}"));
                if (item.Geometry is not null)
                {
                    sb.AppendLine(Convert.ToBase64String(item.Geometry.AsBinary()));
                }
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<ReleasePlan> Releases(Scenario scenario) => scenario.Work.SelectMany(w => w.Releases);

    private static double Share(Scenario scenario, ReleaseOutcome outcome) =>
        Releases(scenario).Where(r => r.Outcome == outcome).Sum(r => r.AreaSquareMetres) / Releases(scenario).Sum(r => r.AreaSquareMetres);
}
