using Homeward.Planning.Statistics;

namespace Homeward.Planning.Tests.Statistics;

public sealed class StatisticsForecasterTests
{
    private static readonly StatisticsForecastOptions Fast = StatisticsForecastOptions.Default with { Runs = 2_000, HorizonYears = 30 };

    [Fact]
    public void Forecast_ConstantRateWithRemaining_CompletesWhenRemainingOverRateDaysHavePassed()
    {
        const double ratePerDay = 2_000;
        const double remainingM2 = 5_000_000;
        var periods = SyntheticStatistics.Periods(6, _ => ratePerDay, (i, p) => i == 5 ? p with { RemainingEstimateM2 = remainingM2 } : p);

        var forecast = StatisticsForecaster.Forecast(SyntheticStatistics.Of(periods), Fast);

        var expected = periods[^1].End.AddDays((int)Math.Ceiling(remainingM2 / ratePerDay));
        var completion = forecast.Completion!;
        Assert.InRange(completion.P50!.Value.DayNumber, expected.DayNumber - 1, expected.DayNumber + 1);
        Assert.Equal(completion.P10, completion.P90);
        Assert.Equal(0, completion.ShareNotWithinHorizon);
        Assert.Equal(ratePerDay, forecast.Model.ReleasedM2PerDay, 1e-6);
        Assert.Equal(periods.Sum(p => p.ReleasedM2) + remainingM2, forecast.Cumulative[^1].P50, 1e-3);
    }

    [Fact]
    public void Forecast_ConstantRate_CumulativeGrowsByRateTimesDays()
    {
        var periods = SyntheticStatistics.Periods(5, _ => 1_000);
        var asOf = periods[^1].End;
        var date = asOf.AddDays(400);

        var forecast = StatisticsForecaster.Forecast(SyntheticStatistics.Of(periods), Fast with { EvaluationDates = [date] });

        Assert.Null(forecast.Completion);
        var at = Assert.Single(forecast.AtDates);
        Assert.Equal(periods.Sum(p => p.ReleasedM2) + (400 * 1_000), at.P50, 1e-3);
        Assert.Equal(at.P10, at.P90, 1e-3);
    }

    [Fact]
    public void Forecast_RateGrowingTenPercentAYear_RecoversTheGrowth()
    {
        // Exactly 10 % per 365.25 days, measured at each period's middle.
        var periods = SyntheticStatistics.Periods(5, i => 1_000 * Math.Pow(1.1, ((365 * i) + 182) / 365.25));

        var forecast = StatisticsForecaster.Forecast(SyntheticStatistics.Of(periods), Fast);

        Assert.Equal("per-day", forecast.Model.RateBasis);
        Assert.Equal(0.10, forecast.Model.GrowthPerYear, 1e-9);
    }

    [Fact]
    public void Forecast_TeamsGrowingAtConstantProductivity_RecoversTheCapacityGrowthAndProductivity()
    {
        var teams = new[] { 10.0, 12, 14.4, 17.28, 20.736 };
        var periods = SyntheticStatistics.Periods(5, i => 50 * teams[i], (i, p) => p with { Teams = teams[i] });

        var forecast = StatisticsForecaster.Forecast(SyntheticStatistics.Of(periods), Fast);

        Assert.Equal("per-team-day", forecast.Model.RateBasis);
        Assert.Equal(50, forecast.Model.ProductivityM2PerCapacityDay!.Value, 1e-6);
        // 20 % per 365 days is 1.2^(365.25/365) − 1 per year.
        Assert.Equal(Math.Pow(1.2, 365.25 / 365) - 1, forecast.Model.GrowthPerYear, 1e-9);
    }

    [Fact]
    public void Forecast_NoisyGrowth_FitsWithinThreeStandardErrors()
    {
        var logRates = SyntheticStatistics.LogRates(12, Math.Log(5_000), 0.08, 0.1, seed: 3);
        var periods = SyntheticStatistics.Periods(12, i => Math.Exp(logRates[i]));

        var forecast = StatisticsForecaster.Forecast(SyntheticStatistics.Of(periods), Fast with { TrendPeriods = 12 });

        var fittedLog = Math.Log(1 + forecast.Model.GrowthPerYear) * 365 / 365.25;
        Assert.InRange(fittedLog, 0.08 - (3 * forecast.Model.GrowthLogStandardError), 0.08 + (3 * forecast.Model.GrowthLogStandardError));
        Assert.InRange(forecast.Model.GrowthLogStandardError, 0.001, 0.1);
    }

    [Fact]
    public void Forecast_DeminersAndDogs_NormalisedByDeminerEquivalents()
    {
        var periods = SyntheticStatistics.Periods(4, _ => 30 * (20 + (14 * 2)), (_, p) => p with { Deminers = 20, Dogs = 2 });

        var forecast = StatisticsForecaster.Forecast(SyntheticStatistics.Of(periods), Fast);

        Assert.Equal("per-deminer-equivalent-day", forecast.Model.RateBasis);
        Assert.Equal(30, forecast.Model.ProductivityM2PerCapacityDay!.Value, 1e-6);
        Assert.Equal(48, forecast.Model.Capacity!.Value, 1e-6);
    }

    [Fact]
    public void Forecast_EstimateShrinkingBeyondRelease_MeasuresTheRevisionAndFinishesSooner()
    {
        // Each year 1 km² released while the estimate falls by 2 km²: the second km² is a revision.
        var remaining = new[] { 20e6, 18e6, 16e6, 14e6 };
        var periods = SyntheticStatistics.Periods(4, _ => 1e6 / 365, (i, p) => p with { RemainingEstimateM2 = remaining[i] });
        var statistics = SyntheticStatistics.Of(periods);

        var withRevisions = StatisticsForecaster.Forecast(statistics, Fast);
        var without = StatisticsForecaster.Forecast(statistics, Fast with { ApplyRevisions = false });

        var expected = new[] { 1e6 / 20e6, 1e6 / 18e6, 1e6 / 16e6 }.Average() * 365.25 / 365;
        Assert.Equal(expected, withRevisions.Model.RevisionPerYear!.Value, 1e-9);
        Assert.Equal(3, withRevisions.Model.RevisionIntervals);
        Assert.True(withRevisions.Completion!.P50 < without.Completion!.P50);
        // Without revisions 14 km² at 1 km² a year.
        Assert.InRange(without.Completion.P50!.Value.DayNumber - periods[^1].End.DayNumber, 14 * 365 - 2, 14 * 365 + 2);
    }

    [Fact]
    public void Forecast_SameSeed_SameAnswerAndAnotherSeedDiffers()
    {
        var logRates = SyntheticStatistics.LogRates(6, Math.Log(3_000), 0.0, 0.3, seed: 11);
        var periods = SyntheticStatistics.Periods(6, i => Math.Exp(logRates[i]), (i, p) => i == 5 ? p with { RemainingEstimateM2 = 2e7 } : p);
        var statistics = SyntheticStatistics.Of(periods);

        var a = StatisticsForecaster.Forecast(statistics, Fast with { Seed = 5 });
        var b = StatisticsForecaster.Forecast(statistics, Fast with { Seed = 5 });
        var c = StatisticsForecaster.Forecast(statistics, Fast with { Seed = 6 });

        Assert.Equal(a.Completion, b.Completion);
        Assert.Equal(a.Cumulative, b.Cumulative);
        Assert.NotEqual(a.Cumulative.Select(q => q.P50), c.Cumulative.Select(q => q.P50));
    }

    [Fact]
    public void Forecast_DataFromTheModelItself_P10ToP90CoversAboutEightyPercent()
    {
        const int series = 300;
        var inside = new int[3];
        for (var seed = 0; seed < series; seed++)
        {
            var logRates = SyntheticStatistics.LogRates(11, Math.Log(4_000), 0.05, 0.25, seed);
            var periods = SyntheticStatistics.Periods(11, i => Math.Exp(logRates[i]));
            var training = SyntheticStatistics.Of(periods[..8]);
            var dates = periods[8..].Select(p => p.End).ToList();

            var forecast = StatisticsForecaster.Forecast(training, StatisticsForecastOptions.Default with
            {
                Runs = 1_000,
                Seed = seed,
                HorizonYears = 4,
                TrendPeriods = 8,
                TrendDampingPerYear = 1,
                EvaluationDates = dates,
            });

            for (var k = 0; k < 3; k++)
            {
                var actual = periods[..(9 + k)].Sum(p => p.ReleasedM2);
                var at = forecast.AtDates[k];
                inside[k] += actual >= at.P10 && actual <= at.P90 ? 1 : 0;
            }
        }

        // Binomial standard error at 300 series is 0.023; allow about three of them.
        Assert.All(inside, n => Assert.InRange(n / (double)series, 0.72, 0.88));
    }

    [Fact]
    public void Forecast_NothingRemaining_CompletesOnTheLastDay()
    {
        var periods = SyntheticStatistics.Periods(3, _ => 10, (i, p) => i == 2 ? p with { RemainingEstimateM2 = 0 } : p);

        var forecast = StatisticsForecaster.Forecast(SyntheticStatistics.Of(periods), Fast);

        Assert.Equal(periods[^1].End, forecast.Completion!.P90);
    }

    [Fact]
    public void Forecast_RemainingOutgrowingRelease_ReportsTheShareNotWithinTheHorizon()
    {
        // The estimate grows by 20 % a year beyond release while release is far smaller: it never finishes.
        var remaining = new[] { 10e6, 12e6 - 1e5, 14.4e6 - 2e5 };
        var periods = SyntheticStatistics.Periods(3, _ => 1e5 / 365, (i, p) => p with { RemainingEstimateM2 = remaining[i] });

        var forecast = StatisticsForecaster.Forecast(SyntheticStatistics.Of(periods), Fast);

        Assert.Equal(1, forecast.Completion!.ShareNotWithinHorizon);
        Assert.Null(forecast.Completion.P10);
    }
}
