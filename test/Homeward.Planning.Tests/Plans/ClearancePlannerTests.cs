using Homeward.Planning.Checking;
using Homeward.Planning.Model;
using Homeward.Planning.Plans;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Tests.Plans;

public sealed class ClearancePlannerTests
{
    private static readonly ClearancePlanOptions Options = new(new CpSatOptions(TimeLimitSeconds: 5, Workers: 2));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Plan_RandomModel_PassesBothCheckersAndNeverLosesToTheBaseline(int seed)
    {
        var model = Models.Random(seed, hazards: 40, teamsPerMethod: 2);

        var plan = ClearancePlanner.Plan(model, Options);

        Assert.Empty(ClearancePlanChecker.Check(plan));
        Assert.Empty(ScheduleChecker.Check(plan.Problem, plan.Schedule));
        Assert.Empty(ScheduleChecker.Check(plan.Problem, plan.Baseline));
        Assert.True(plan.Schedule.Objective <= plan.Baseline.Objective);
        Assert.InRange(plan.Schedule.Bound, 0, plan.Schedule.Objective);
        Assert.Equal(model.Packages.Count, plan.Assignments.Count);
    }

    [Fact]
    public void Plan_BigSettlementBehindSmallWork_IsFreedBeforeTheRulesWouldFreeIt()
    {
        // The rules put the casualty hazard (a large one, no people) first; the plan frees 10,000 people first.
        var big = Models.Cha("HA-A", 200 * 50) with { RuleClass = PriorityRuleClass.Casualties };
        var small = Models.Cha("HA-B", 200 * 2) with { RuleClass = PriorityRuleClass.Resettlement, PeopleBlocked = 10_000 };
        var model = new PlanningModel(Models.Certain, [big, small], [new PlanningTeam("T1", "Team 1", ClearanceMethod.Manual)],
            [new SettlementTarget("ST-1", "Town", 10_000, ["HA-B"])]);

        var plan = ClearancePlanner.Plan(model, Options);

        Assert.Empty(ClearancePlanChecker.Check(plan));
        Assert.Equal(2, plan.Settlements.Single().SafeDay);
        Assert.Equal(Models.Start.AddDays(1), plan.Settlements.Single().SafeDate);
        Assert.Equal(10_000.0 * 2, plan.PeopleWeightedDays);
        Assert.Equal(10_000.0 * 52, plan.BaselinePeopleWeightedDays);
        Assert.Equal(SolveStatus.Optimal, plan.Schedule.Status);
    }

    [Fact]
    public void Check_TwoPackagesOnOneTeamAtOnce_Refused()
    {
        var model = Models.Random(9, hazards: 10, teamsPerMethod: 1);
        var plan = ClearancePlanner.Plan(model, Options with { UseCpSat = false });
        var busiest = plan.Assignments.GroupBy(a => a.Team).OrderByDescending(g => g.Count()).First().Key;
        var first = plan.Assignments.First(a => a.Team == busiest);
        var second = plan.Assignments.Last(a => a.Team == first.Team && a != first);
        var length = second.EndDay - second.StartDay;
        var moved = second with { StartDay = first.StartDay, EndDay = first.StartDay + length };
        var calendar = model.Assumptions.Calendar();
        moved = moved with { Start = calendar.DateOf(moved.StartDay), End = calendar.EndDateOf(moved.EndDay) };

        var errors = ClearancePlanChecker.Check(plan with { Assignments = [.. plan.Assignments.Select(a => a == second ? moved : a)] });

        Assert.Contains(errors, e => e.Contains("at once", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WrongDuration_Refused()
    {
        var model = Models.Random(10, hazards: 10, teamsPerMethod: 1);
        var plan = ClearancePlanner.Plan(model, Options with { UseCpSat = false });
        var last = plan.Assignments[^1];
        var calendar = model.Assumptions.Calendar();
        var longer = last with { EndDay = last.EndDay + 3, End = calendar.EndDateOf(last.EndDay + 3) };

        var errors = ClearancePlanChecker.Check(plan with { Assignments = [.. plan.Assignments.Take(plan.Assignments.Count - 1), longer] });

        Assert.Contains(errors, e => e.Contains(last.WorkPackage, StringComparison.Ordinal) && e.Contains("needs", StringComparison.Ordinal));
    }
}
