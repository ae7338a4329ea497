using Homeward.Domain.Objects;
using Homeward.Planning.Model;

namespace Homeward.Planning.Tests.Plans;

/// <summary>Hand-made planning models: every input stated, nothing read from a store.</summary>
internal static class Models
{
    public static readonly DateOnly Start = new(2027, 3, 1);

    /// <summary>Assumptions with every day worked and no uncertainty except what a test adds.</summary>
    public static PlanningAssumptions Certain => new()
    {
        StartDate = Start,
        WorkDaysPerWeek = 7,
        WinterStandDown = null,
        Holidays = [],
        ShaSurveyReduction = ThreePointEstimate.Exactly(0.7),
        ChaReduction = ThreePointEstimate.Exactly(0),
        LostDayShare = ThreePointEstimate.Exactly(0),
        FindingsDelayShare = ThreePointEstimate.Exactly(0),
        ProductivityOverrides = [new(ClearanceMethod.Manual, WorkKind.MineClearance, ThreePointEstimate.Exactly(200), "test")],
    };

    public static WorkPackage Cha(string hazard, double areaM2, int part = 1, string? district = "AGD", long people = 0) =>
        new($"{hazard}/C{part}", Guid.NewGuid(), hazard, WorkKind.MineClearance, areaM2, areaM2)
        {
            AreaClass = AreaClass.Cha,
            District = district,
            PeopleBlocked = people,
            Longitude = 47,
            Latitude = 40,
        };

    /// <summary>A random model: hazards of mixed sizes, some blocking settlements of different sizes, a few teams.</summary>
    public static PlanningModel Random(int seed, int hazards, int teamsPerMethod)
    {
        var random = new Random(seed);
        var packages = new List<WorkPackage>();
        for (var h = 0; h < hazards; h++)
        {
            var code = $"HA-T-{h:000}";
            var area = 2_000 + random.Next(60_000);
            if (random.NextDouble() < 0.4)
            {
                var survey = new WorkPackage(code + "/S", Guid.NewGuid(), code, WorkKind.Survey, area, area * 0.7) { AreaClass = AreaClass.Sha, District = "AGD", RuleClass = PriorityRuleClass.Other };
                packages.Add(survey);
                packages.Add(Cha(code, area * 0.3) with { AreaClass = AreaClass.Sha, Predecessors = [survey.Id], RuleClass = (PriorityRuleClass)(1 + random.Next(6)) });
            }
            else
            {
                packages.Add(Cha(code, area) with { Work = random.NextDouble() < 0.5 ? WorkKind.MineClearance : WorkKind.BattleAreaClearance, RuleClass = (PriorityRuleClass)(1 + random.Next(6)) });
            }
        }

        var hazardCodes = packages.Select(p => p.HazardCode).Distinct().ToArray();
        var settlements = Enumerable.Range(0, Math.Max(1, hazards / 4)).Select(s => new SettlementTarget(
            $"ST-{s:00}", $"Settlement {s}", random.Next(10) < 3 ? 0 : 100 + random.Next(20_000),
            [.. hazardCodes.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Order(StringComparer.Ordinal)])).ToArray();
        packages = [.. packages.Select(p => p with { PeopleBlocked = settlements.Where(s => s.BlockingHazards.Contains(p.HazardCode)).Sum(s => s.Population) })];
        var teams = new[] { ClearanceMethod.Survey, ClearanceMethod.Manual, ClearanceMethod.Mechanical, ClearanceMethod.Eod }
            .SelectMany(m => Enumerable.Range(1, teamsPerMethod).Select(i => new PlanningTeam($"{m}-{i}", $"{m} {i}", m) { BaseLongitude = 47 + (i * 0.01), BaseLatitude = 40 }))
            .ToArray();
        return new PlanningModel(new PlanningAssumptions { StartDate = Start }, packages, teams, settlements);
    }
}
