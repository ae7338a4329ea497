using System.Text.Json.Nodes;
using Homeward.Demo.Generation;
using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Domain.Objects;
using Homeward.Domain.Validation;
using Homeward.Geo;
using NetTopologySuite.Geometries;

namespace Homeward.Demo.Tests.Generation;

public sealed partial class ScenarioGeneratorTests
{
    [Fact]
    public async Task Generate_CodedAttributes_AreValuesOfTheStandardCodeTables()
    {
        var scenario = await TestRegion.ScenarioAsync(Small);
        var codes = CodeTables.Standard;

        foreach (var item in scenario.Reports.SelectMany(r => r.Items))
        {
            foreach (var property in ObjectSchema.Of(item.Kind).Properties.Where(p => p.CodeTable is not null))
            {
                var values = item.Attributes[property.JsonName] switch
                {
                    JsonArray array => array.Select(v => v!.GetValue<string>()),
                    JsonValue value => [value.GetValue<string>()],
                    _ => [],
                };
                Assert.All(values, v => Assert.True(codes.Contains(property.CodeTable!, v), $"{item.Kind}.{property.JsonName} = {v}"));
            }
        }
    }

    [Fact]
    public async Task Generate_StatusChanges_FollowTheAllowedTransitions()
    {
        var scenario = await TestRegion.ScenarioAsync(Small);
        var hazards = new Dictionary<string, HazardStatus>(StringComparer.Ordinal);
        var activities = new Dictionary<string, ActivityStatus>(StringComparer.Ordinal);

        foreach (var item in scenario.Reports.SelectMany(r => r.Items))
        {
            var status = item.Attributes["status"]?.GetValue<string>();
            switch (item.Kind)
            {
                case ObjectKind.HazardousArea when item.Key is not null:
                    hazards.Add(item.Key, HazardStatus.Open);
                    break;
                case ObjectKind.HazardousArea:
                    var next = Enum.Parse<HazardStatus>(status!, ignoreCase: true);
                    Assert.True(HazardStatusTransitions.IsAllowed(hazards[item.TargetKey!], next), $"{item.TargetKey}: {hazards[item.TargetKey!]} → {next}");
                    hazards[item.TargetKey!] = next;
                    break;
                case ObjectKind.Activity when item.Key is not null:
                    activities.Add(item.Key, Enum.Parse<ActivityStatus>(status!, ignoreCase: true));
                    break;
                case ObjectKind.Activity:
                    var then = Enum.Parse<ActivityStatus>(status!, ignoreCase: true);
                    Assert.True(ActivityStatusTransitions.IsAllowed(activities[item.TargetKey!], then));
                    activities[item.TargetKey!] = then;
                    break;
            }
        }

        // Closed hazards are those whose every piece was released; every worked one is at least in progress.
        Assert.All(scenario.Work, w => Assert.Equal(
            w.ClosedOn is not null ? HazardStatus.ClosedReleased : w.Activities.Count > 0 ? HazardStatus.InProgress : HazardStatus.Open,
            hazards[w.Hazard.Key]));
    }

    [Fact]
    public async Task Generate_Hazards_ValidInsideTheirFocusDistrict()
    {
        var scenario = await TestRegion.ScenarioAsync(Small);

        Assert.All(scenario.Work.Select(w => w.Hazard), h =>
        {
            Assert.True(h.Geometry.IsValid);
            Assert.True(h.District.IsFocus);
            Assert.True(h.District.Geometry.Covers(h.Geometry), h.Key);
            Assert.False(h.Geometry.Covers(h.Benchmark), h.Key);
            Assert.InRange(h.Priority, 1, 5);
            Assert.InRange(h.RecordedOn, new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));
        });
        Assert.Equal(scenario.Work.Count, scenario.Work.Select(w => w.Hazard.Geometry.Centroid.Coordinate).Distinct().Count());
    }

    [Fact]
    public async Task Generate_Releases_InsideTheirHazardDisjointAndNeverMoreThanIt()
    {
        var scenario = await TestRegion.ScenarioAsync(Small);
        var measure = new UtmMetricMeasure(38, north: true);

        foreach (var work in scenario.Work.Where(w => w.Releases.Count > 0))
        {
            var hazard = work.Hazard;
            foreach (var r in work.Releases)
            {
                Assert.True(r.Geometry is Polygon or MultiPolygon && r.Geometry.IsValid, r.Key);
                Assert.True(measure.Protrusion(r.Geometry, hazard.Geometry).DistanceMetres < 0.01, r.Key);
                Assert.InRange(r.ReleasedOn, r.Activity.StartedOn, r.Activity.EndedOn ?? WorkGenerator.PeriodEnd);
                Assert.Equal(r.Outcome == ReleaseOutcome.Cleared, r.ClearanceDepthCentimetres is not null);
            }

            var union = NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union([.. work.Releases.Select(r => r.Geometry)]);
            var sum = work.Releases.Sum(r => r.AreaSquareMetres);
            Assert.InRange(measure.AreaSquareMetres(union), sum * (1 - 1e-6), sum * (1 + 1e-6)); // No two pieces overlap.
            Assert.True(sum <= hazard.AreaSquareMetres * (1 + InvariantOptions.Default.ReleasedAreaExcessToleranceRatio), hazard.Key);
        }
    }

    [Fact]
    public async Task Generate_Devices_LieInsideTheClearedLandOfTheirActivity()
    {
        var scenario = await TestRegion.ScenarioAsync(Small);

        foreach (var work in scenario.Work.Where(w => w.Devices.Count > 0))
        {
            var cleared = work.Releases.Where(r => r.Outcome == ReleaseOutcome.Cleared).ToList();
            Assert.All(work.Devices, d =>
            {
                Assert.Contains(cleared, r => r.Activity == d.Activity && r.ReleasedOn == d.FoundOn && r.Geometry.Covers(d.Location));
                Assert.True(d.Quantity >= 1);
            });
        }
    }
}
