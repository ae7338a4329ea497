using Homeward.Demo.Generation;
using Homeward.Domain.Objects;

namespace Homeward.Demo.Tests.Generation;

public sealed partial class ScenarioGeneratorTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Generate_FullScale_HasRealisticSizesAndProportions()
    {
        var scenario = await TestRegion.ScenarioAsync(new DemoOptions());
        var hazards = scenario.Work.Select(w => w.Hazard).ToList();
        var releases = Releases(scenario).ToList();
        var devices = scenario.Work.SelectMany(w => w.Devices).ToList();

        Assert.Equal(3_000, hazards.Count);
        Assert.InRange(hazards.Sum(h => h.AreaSquareMetres) / 1e6, 2_000, 7_000); // km²; public estimates are 7,000–11,700.
        Assert.InRange(hazards.Count(h => h.AreaClass == AreaClass.Cha) / (double)hazards.Count, 0.15, 0.30);
        Assert.InRange(releases.Count, 25_000, 35_000);
        Assert.InRange(scenario.Reports.Count, 500, 3_000);

        // By area: about half cancelled by survey, a fifth reduced, a third cleared.
        Assert.InRange(Share(scenario, ReleaseOutcome.Cancelled), 0.44, 0.51);
        Assert.InRange(Share(scenario, ReleaseOutcome.Reduced), 0.17, 0.24);
        Assert.InRange(Share(scenario, ReleaseOutcome.Cleared), 0.28, 0.36);

        // Released land grows every year.
        var byYear = releases.GroupBy(r => r.ReleasedOn.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(r => r.AreaSquareMetres))).ToList();
        Assert.Equal([2021, 2022, 2023, 2024, 2025], byYear.Select(y => y.Key));
        Assert.All(byYear.Zip(byYear.Skip(1)), p => Assert.True(p.First.Item2 < p.Second.Item2, $"{p.First.Key} ≥ {p.Second.Key}"));

        // Mostly UXO, then anti-personnel mines, anti-tank mines and submunitions.
        var byCategory = devices.GroupBy(d => d.Category).ToDictionary(g => g.Key, g => g.Sum(d => d.Quantity));
        Assert.True(byCategory["uxo"] > byCategory["ap-mine"]);
        Assert.True(byCategory["ap-mine"] > byCategory["at-mine"]);
        Assert.True(byCategory["at-mine"] > byCategory["submunition"]);

        // Minefields lie along the front line in the east.
        var minefields = hazards.Where(h => h.IsMinefield).ToList();
        Assert.True(minefields.Count(h => OrganisationGenerator.FrontLineDistricts.Contains(h.District.ShortCode)) > minefields.Count * 0.7);
    }
}
