using Homeward.Planning.Backtesting;
using Homeward.Planning.Statistics;
using Homeward.Planning.Tests.Statistics;

namespace Homeward.Planning.Tests.Backtesting;

public sealed class StatisticsBacktesterTests
{
    private static readonly StatisticsForecastOptions Fast = StatisticsForecastOptions.Default with { Runs = 2_000, HorizonYears = 30 };

    [Fact]
    public void Backtest_ConstantRateThatFinishes_NoErrorFullCoverageAndCompletionInside()
    {
        // 1 km² a year; 3 km² remain at the end of period 6 and the series records them released, reaching 0 at period 9.
        var periods = SyntheticStatistics.Periods(9, _ => 1e6 / 365, (i, p) => p with { RemainingEstimateM2 = (8 - i) * 1e6 });
        var statistics = SyntheticStatistics.Of(periods);

        var backtest = StatisticsBacktester.Backtest(statistics, periods[5].End.AddDays(10), Fast).Value;

        Assert.Equal(periods[5].End, backtest.TrainedUntil);
        Assert.Equal(6, backtest.TrainingPeriods);
        Assert.Equal(3, backtest.Horizons.Count);
        Assert.Equal([1e6, 2e6, 3e6], backtest.Horizons.Select(h => h.ActualM2));
        Assert.All(backtest.Horizons, h => Assert.Equal(0, h.ErrorM2, 1e-3));
        Assert.Equal(1, backtest.Coverage);
        Assert.Equal(1, backtest.RemainingCoverage);
        Assert.Equal(periods[8].End, backtest.Completion!.Actual);
        Assert.True(backtest.Completion.Inside);
    }

    [Fact]
    public void Backtest_RateHalvesAfterTheDate_ErrorsAreTheShortfallAndOutsideTheBand()
    {
        var periods = SyntheticStatistics.Periods(8, i => i < 6 ? 1_000 : 500);

        var backtest = StatisticsBacktester.Backtest(SyntheticStatistics.Of(periods), periods[5].End, Fast).Value;

        Assert.Equal(2, backtest.Horizons.Count);
        Assert.Equal(365 * 500, backtest.Horizons[0].ActualM2);
        Assert.Equal(365 * 500, backtest.Horizons[0].ErrorM2, 1e-3);
        Assert.Equal(1.0, backtest.Horizons[0].RelativeError!.Value, 1e-9);
        Assert.Equal(0, backtest.Coverage);
        Assert.Null(backtest.Completion);
    }

    [Fact]
    public void Backtest_ForecastFinishedButSeriesDidNot_CompletionOutside()
    {
        var periods = SyntheticStatistics.Periods(8, i => i < 4 ? 1e6 / 365 : 1e5 / 365,
            (i, p) => p with { RemainingEstimateM2 = i < 4 ? 2e6 - (i * 1e5) : 1.6e6 - ((i - 3) * 1e5) });

        var backtest = StatisticsBacktester.Backtest(SyntheticStatistics.Of(periods), periods[3].End, Fast with { ApplyRevisions = false }).Value;

        Assert.Null(backtest.Completion!.Actual);
        Assert.True(backtest.Completion.P90 < periods[^1].End);
        Assert.False(backtest.Completion.Inside);
    }

    [Fact]
    public void Backtest_DateBeforeAnyPeriodEnded_Refused()
    {
        var periods = SyntheticStatistics.Periods(3, _ => 10);

        var result = StatisticsBacktester.Backtest(SyntheticStatistics.Of(periods), periods[0].End.AddDays(-1), Fast);

        Assert.Contains("nothing to forecast from", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_DateAfterTheLastPeriod_Refused()
    {
        var periods = SyntheticStatistics.Periods(3, _ => 10);

        var result = StatisticsBacktester.Backtest(SyntheticStatistics.Of(periods), periods[^1].End, Fast);

        Assert.Contains("nothing to compare", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cambodia.csv", "2013-12-31")]
    [InlineData("cambodia.csv", "2015-12-31")]
    [InlineData("cambodia.csv", "2016-12-31")]
    [InlineData("kosovo.csv", "2015-12-31")]
    [InlineData("kosovo.csv", "2016-12-31")]
    public void Backtest_DevelopmentCase_ComparesEveryLaterPeriodWithItsRecordedRelease(string file, string asOf)
    {
        var statistics = StatisticsCsv.Read(File.ReadAllText(DevelopmentCase(file))).Value;
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);

        var backtest = StatisticsBacktester.Backtest(statistics, date, Fast).Value;

        var later = statistics.Periods.Where(p => p.End > date).ToList();
        Assert.Equal(later.Select(p => p.End), backtest.Horizons.Select(h => h.Date));
        for (var k = 0; k < later.Count; k++)
        {
            var h = backtest.Horizons[k];
            Assert.Equal(later.Take(k + 1).Sum(p => p.ReleasedM2), h.ActualM2, 1e-6);
            Assert.True(h.P10 <= h.P50 && h.P50 <= h.P90);
            Assert.Equal(h.ActualM2 >= h.P10 * (1 - 1e-9) && h.ActualM2 <= h.P90 * (1 + 1e-9), h.Inside);
            Assert.Equal(later[k].RemainingEstimateM2, h.ActualRemainingM2);
        }

        Assert.Equal(backtest.Horizons.Count(h => h.Inside) / (double)backtest.Horizons.Count, backtest.Coverage, 1e-12);
    }

    /// <summary>The development cases in data/backtest of the repository.</summary>
    internal static string DevelopmentCase(string file)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Homeward.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("the repository root was not found."), "data", "backtest", file);
    }
}
