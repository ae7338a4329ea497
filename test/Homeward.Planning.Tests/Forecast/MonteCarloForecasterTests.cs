using Homeward.Planning.Forecast;
using Homeward.Planning.Model;
using Homeward.Planning.Plans;
using Homeward.Planning.Scheduling;
using Homeward.Planning.Tests.Plans;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Integration;

namespace Homeward.Planning.Tests.Forecast;

public sealed class MonteCarloForecasterTests
{
    private static readonly ClearancePlanOptions NoSolver = new(new CpSatOptions(1), UseCpSat: false);

    [Fact]
    public void Forecast_SerialChain_MeanMatchesTheAnalyticValue()
    {
        // One team, five packages in a chain: completion = Σ area / (rate × programme × variation). The rate and the
        // programme factor are drawn once per run and each package's variation independently, so
        // E[completion] = Σ area × E[1/rate] × E[1/programme] × E[1/variation].
        var rate = new ThreePointEstimate(100, 200, 400);
        var variation = new ThreePointEstimate(0.6, 1.0, 1.6);
        var programme = new ThreePointEstimate(0.7, 1.0, 1.2);
        var areas = new[] { 4_000.0, 10_000, 2_500, 7_000, 12_000 };
        var assumptions = Models.Certain with { ProductivityOverrides = [new(ClearanceMethod.Manual, WorkKind.MineClearance, rate, "test")] };
        var model = new PlanningModel(assumptions, [.. areas.Select((a, i) => Models.Cha($"HA-{i}", a))],
            [new PlanningTeam("T1", "Team 1", ClearanceMethod.Manual)], []);
        var plan = ClearancePlanner.Plan(model, NoSolver);

        var forecast = MonteCarloForecaster.Forecast(plan, new ForecastOptions(Runs: 40_000, Seed: 11) { PackageVariation = variation, ProgrammeVariation = programme }, TestContext.Current.CancellationToken);

        var expected = areas.Sum() * MeanOfReciprocal(rate) * MeanOfReciprocal(programme) * MeanOfReciprocal(variation);
        Assert.Equal(expected, forecast.Completion.MeanWorkDays, expected * 0.01);
    }

    [Fact]
    public void Forecast_SameSeed_SameAnswerWhateverTheThreads()
    {
        var plan = ClearancePlanner.Plan(Models.Random(4, hazards: 30, teamsPerMethod: 2), NoSolver);

        var one = MonteCarloForecaster.Forecast(plan, new ForecastOptions(Runs: 2_000, Seed: 5, Threads: 1), TestContext.Current.CancellationToken);
        var two = MonteCarloForecaster.Forecast(plan, new ForecastOptions(Runs: 2_000, Seed: 5, Threads: 2), TestContext.Current.CancellationToken);
        var other = MonteCarloForecaster.Forecast(plan, new ForecastOptions(Runs: 2_000, Seed: 6, Threads: 2), TestContext.Current.CancellationToken);

        Assert.Equal(one.Packages, two.Packages);
        Assert.Equal(one.Settlements, two.Settlements);
        Assert.Equal(one.National, two.National);
        Assert.NotEqual(one.Completion.MeanWorkDays, other.Completion.MeanWorkDays);
    }

    [Fact]
    public void Forecast_Percentiles_AreOrderedAndTheFanFallsToZero()
    {
        var plan = ClearancePlanner.Plan(Models.Random(5, hazards: 30, teamsPerMethod: 2), NoSolver);

        var forecast = MonteCarloForecaster.Forecast(plan, new ForecastOptions(Runs: 2_000, Seed: 1), TestContext.Current.CancellationToken);

        Assert.All(forecast.Packages.Concat(forecast.Settlements).Concat(forecast.Districts).Append(forecast.Completion), p =>
        {
            Assert.True(p.P10 <= p.P50 && p.P50 <= p.P80 && p.P80 <= p.P90, p.ToString());
        });
        for (var m = 1; m < forecast.National.Count; m++)
        {
            Assert.True(forecast.National[m].RemainingM2P50 <= forecast.National[m - 1].RemainingM2P50);
            Assert.True(forecast.National[m].RemainingM2P10 <= forecast.National[m].RemainingM2P90);
        }

        Assert.True(forecast.National[0].RemainingM2P90 <= forecast.StartRemainingSquareMetres);
        Assert.Equal(0, forecast.National[^1].RemainingM2P90);
    }

    /// <summary>E[1/X] for X ~ BetaPERT(estimate), by numerical integration of the density.</summary>
    private static double MeanOfReciprocal(ThreePointEstimate e)
    {
        var range = e.Maximum - e.Minimum;
        var alpha = 1 + (4 * (e.MostLikely - e.Minimum) / range);
        var beta = 1 + (4 * (e.Maximum - e.MostLikely) / range);
        return NewtonCotesTrapeziumRule.IntegrateAdaptive(
            x => Beta.PDF(alpha, beta, (x - e.Minimum) / range) / range / x, e.Minimum, e.Maximum, 1e-10);
    }
}
