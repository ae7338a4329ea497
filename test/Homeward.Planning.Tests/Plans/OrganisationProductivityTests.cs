using Homeward.Planning.Checking;
using Homeward.Planning.Forecast;
using Homeward.Planning.Model;
using Homeward.Planning.Plans;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Tests.Plans;

public sealed class OrganisationProductivityTests
{
    [Fact]
    public void Plan_OrganisationWithItsOwnRate_ItsTeamsTakeTheirOwnTime()
    {
        // Two manual teams, one of an operator whose own figure is twice the programme's 200 m²/day.
        var assumptions = Models.Certain with
        {
            ProductivityOverrides =
            [
                new(ClearanceMethod.Manual, WorkKind.MineClearance, ThreePointEstimate.Exactly(200), "programme"),
                new(ClearanceMethod.Manual, WorkKind.MineClearance, ThreePointEstimate.Exactly(400), "operator's record") { Organisation = "ORG-FAST" },
            ],
        };
        var packages = Enumerable.Range(0, 6).Select(i => Models.Cha($"HA-{i}", 4_000)).ToArray();
        var teams = new[]
        {
            new PlanningTeam("T-SLOW", "Slow", ClearanceMethod.Manual) { Organisation = "ORG-A" },
            new PlanningTeam("T-FAST", "Fast", ClearanceMethod.Manual) { Organisation = "ORG-FAST" },
        };
        var model = new PlanningModel(assumptions, packages, teams, []);

        var plan = ClearancePlanner.Plan(model, new ClearancePlanOptions(new CpSatOptions(5)));

        Assert.Empty(ClearancePlanChecker.Check(plan));
        Assert.Equal(2, plan.Problem.ResourceCapacities.Count);
        Assert.All(plan.Assignments, a => Assert.Equal(a.Team == "T-FAST" ? 10 : 20, a.EndDay - a.StartDay));
        Assert.True(plan.Assignments.Count(a => a.Team == "T-FAST") > plan.Assignments.Count(a => a.Team == "T-SLOW"));

        var forecast = MonteCarloForecaster.Forecast(plan, new ForecastOptions(500, 1) { PackageVariation = ThreePointEstimate.Exactly(1), ProgrammeVariation = ThreePointEstimate.Exactly(1) },
            TestContext.Current.CancellationToken);
        Assert.Equal(plan.Schedule.Makespan, forecast.Completion.MeanWorkDays, 1e-6);
    }

    [Fact]
    public void Check_TeamOfAnotherOrganisationGivenTheFastDuration_Refused()
    {
        var assumptions = Models.Certain with
        {
            ProductivityOverrides = [new(ClearanceMethod.Manual, WorkKind.MineClearance, ThreePointEstimate.Exactly(400), "own") { Organisation = "ORG-FAST" }],
        };
        var teams = new[] { new PlanningTeam("T-FAST", "Fast", ClearanceMethod.Manual) { Organisation = "ORG-FAST" } };
        var model = new PlanningModel(assumptions, [Models.Cha("HA-1", 4_000)], teams, []);
        var plan = ClearancePlanner.Plan(model, new ClearancePlanOptions(new CpSatOptions(5), UseCpSat: false));
        var other = model with { Teams = [teams[0] with { Organisation = "ORG-B" }] };

        Assert.Empty(ClearancePlanChecker.Check(plan));
        Assert.Contains(ClearancePlanChecker.Check(plan with { Model = other }), e => e.Contains("HA-1/C1 takes 10 working day(s) with T-FAST", StringComparison.Ordinal));
    }
}
