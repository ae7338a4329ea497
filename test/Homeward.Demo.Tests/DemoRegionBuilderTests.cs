using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Storage;
using Homeward.Geo;
using Homeward.Storage.GeoPackage;

namespace Homeward.Demo.Tests;

public sealed partial class DemoRegionBuilderTests(DemoBuildFixture fixture) : IClassFixture<DemoBuildFixture>
{
    private static readonly ObjectKind[] Kinds =
    [
        ObjectKind.AdministrativeArea, ObjectKind.Settlement, ObjectKind.Organisation, ObjectKind.Team, ObjectKind.HazardousArea,
        ObjectKind.Activity, ObjectKind.ReleasedArea, ObjectKind.DeviceFinding,
    ];

    private GeoPackageStore Store => fixture.Store;

    [Fact]
    public async Task BuildAsync_SmallScale_StoresWhatTheSummarySays()
    {
        var ct = TestContext.Current.CancellationToken;
        var s = fixture.Summary;

        Assert.Equal(78, (await ListAsync(ObjectKind.AdministrativeArea, null, ct)).Count);
        Assert.Equal(233, (await ListAsync(ObjectKind.Settlement, null, ct)).Count);
        Assert.Equal(7, s.Organisations);
        Assert.Equal(s.Organisations, (await ListAsync(ObjectKind.Organisation, null, ct)).Count);
        Assert.Equal(s.Teams, (await ListAsync(ObjectKind.Team, null, ct)).Count);
        Assert.Equal(60, s.HazardousAreas);
        Assert.Equal(s.HazardousAreas, (await ListAsync(ObjectKind.HazardousArea, null, ct)).Count);
        Assert.Equal(s.Activities, (await ListAsync(ObjectKind.Activity, null, ct)).Count);
        Assert.Equal(s.ReleasedAreas, (await ListAsync(ObjectKind.ReleasedArea, null, ct)).Count);
        Assert.Equal(s.DeviceFindings, (await ListAsync(ObjectKind.DeviceFinding, null, ct)).Count);
        Assert.Equal(s.Reports, (await Store.ListReportsAsync(Domain.Reports.FieldReportStatus.Approved, ct)).Count);
        Assert.Equal(s.Reports, (await Store.ListReportsAsync(null, ct)).Count);
        Assert.InRange(s.ReleasedAreas, 300, 1_000);
    }

    [Fact]
    public async Task BuildAsync_SmallScale_FlagsEverySyntheticObjectAndNoRealOne()
    {
        var ct = TestContext.Current.CancellationToken;

        foreach (var kind in Kinds)
        {
            var real = kind is ObjectKind.AdministrativeArea or ObjectKind.Settlement;
            Assert.All(await ListAsync(kind, null, ct), o => Assert.Equal(!real, o.State.IsSynthetic));
        }
    }

    [Fact]
    public async Task BuildAsync_SmallScale_ReleasedAreasLieInsideTheirHazardsAndNeverExceedThem()
    {
        var ct = TestContext.Current.CancellationToken;
        var measure = new UtmMetricMeasure(38, north: true);
        var hazards = (await ListAsync(ObjectKind.HazardousArea, null, ct)).Select(o => (HazardousArea)o.State).ToDictionary(h => h.Id);
        var released = (await ListAsync(ObjectKind.ReleasedArea, null, ct)).Select(o => (ReleasedArea)o.State).ToList();

        Assert.All(released, r =>
        {
            var hazard = hazards[r.HazardousAreaId];
            Assert.True(measure.Protrusion(r.Geometry!, hazard.Geometry!).DistanceMetres <= 1.0, r.Code);
            Assert.StartsWith($"RA-{hazard.Code.Split('-')[1]}-", r.Code, StringComparison.Ordinal);
        });
        foreach (var hazard in hazards.Values)
        {
            var sum = released.Where(r => r.HazardousAreaId == hazard.Id).Sum(r => r.AreaSquareMetres);
            Assert.True(sum <= hazard.AreaSquareMetres * (1 + 1e-6), hazard.Code);
            if (hazard.Status == HazardStatus.ClosedReleased)
            {
                Assert.Equal(hazard.AreaSquareMetres, sum, hazard.AreaSquareMetres * 1e-6);
            }
        }
    }

    [Fact]
    public async Task BuildAsync_SmallScale_HistorySpans2021To2025()
    {
        var ct = TestContext.Current.CancellationToken;
        var released = (await ListAsync(ObjectKind.ReleasedArea, null, ct)).ToList();

        Assert.Equal([2021, 2022, 2023, 2024, 2025], released.Select(o => ((ReleasedArea)o.State).ReleasedOn.Year).Distinct().Order());
        Assert.All(released, o => Assert.InRange(o.ValidFrom.Year, 2021, 2025));
        Assert.All(released, o => Assert.True(DateOnly.FromDateTime(o.ValidFrom.UtcDateTime) >= ((ReleasedArea)o.State).ReleasedOn));
    }

    [Fact]
    public async Task BuildAsync_SmallScale_AsOfADateShowsTheStateThen()
    {
        var ct = TestContext.Current.CancellationToken;
        var asOf = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var then = (await ListAsync(ObjectKind.ReleasedArea, asOf, ct)).Select(o => (ReleasedArea)o.State).ToList();
        var hazardsThen = (await ListAsync(ObjectKind.HazardousArea, asOf, ct)).Select(o => (HazardousArea)o.State).ToList();

        Assert.NotEmpty(then);
        Assert.True(then.Count < fixture.Summary.ReleasedAreas);
        Assert.All(then, r => Assert.True(r.ReleasedOn < new DateOnly(2023, 1, 1)));
        Assert.Equal(60, hazardsThen.Count);
        Assert.True(hazardsThen.Count(h => h.Status == HazardStatus.ClosedReleased) < fixture.Summary.HazardousAreasClosed);
        Assert.Empty(await ListAsync(ObjectKind.HazardousArea, new DateTimeOffset(2020, 12, 31, 0, 0, 0, TimeSpan.Zero), ct));
    }

    [Fact]
    public async Task BuildAsync_SmallScale_AreasCarryTheAgreedShortCodesAndObjectsTheirDistrict()
    {
        var ct = TestContext.Current.CancellationToken;
        var areas = (await ListAsync(ObjectKind.AdministrativeArea, null, ct)).Select(o => (AdministrativeArea)o.State).ToList();
        var hazards = (await ListAsync(ObjectKind.HazardousArea, null, ct)).Select(o => (HazardousArea)o.State).ToList();

        Assert.Equal(
            ["AGD", "FZL", "GBD", "JBR", "KHN", "KJL", "KJV", "KLB", "LCN", "SHC", "SHS", "TRT", "ZNG"],
            areas.Where(a => a.IsFocus).Select(a => a.ShortCode).Order(StringComparer.Ordinal));
        var byId = areas.ToDictionary(a => a.Id);
        Assert.All(hazards, h => Assert.StartsWith($"HA-{byId[h.AdministrativeAreaId!.Value].ShortCode}-", h.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void BuildAsync_SmallScale_ReportsProgressForEveryReport()
    {
        var progress = fixture.Progress;

        Assert.Equal(fixture.Summary.Reports, progress.Count);
        Assert.Equal(["Administrative areas", "Settlements", "Organisations and teams", "Hazardous areas", "Land release"],
            progress.Select(p => p.Stage).Distinct());
        Assert.All(progress.GroupBy(p => p.Stage), g => Assert.Equal(g.Select((_, i) => i + 1), g.Select(p => p.Done)));
        Assert.All(progress.GroupBy(p => p.Stage), g => Assert.All(g, p => Assert.Equal(g.Count(), p.Total)));
    }

    private async Task<List<StoredObject>> ListAsync(ObjectKind kind, DateTimeOffset? asOf, CancellationToken ct)
    {
        var objects = new List<StoredObject>();
        await foreach (var o in Store.ListAsync(kind, asOf, ct))
        {
            objects.Add(o);
        }

        return objects;
    }
}
