using Homeward.Planning.Statistics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Homeward.Planning.Tests.Statistics;

/// <summary>Synthetic series for the forecast tests: 365-day periods from 2001-01-01.</summary>
internal static class SyntheticStatistics
{
    public static readonly DateOnly Origin = new(2001, 1, 1);

    /// <summary>Periods whose release per day is <paramref name="ratePerDay"/>(i) for period i.</summary>
    public static List<StatisticsPeriod> Periods(int count, Func<int, double> ratePerDay, Func<int, StatisticsPeriod, StatisticsPeriod>? adjust = null) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var period = new StatisticsPeriod(Origin.AddDays(365 * i), Origin.AddDays((365 * i) + 364), ratePerDay(i) * 365);
            return adjust is null ? period : adjust(i, period);
        })];

    public static ProgrammeStatistics Of(IReadOnlyList<StatisticsPeriod> periods) => ProgrammeStatistics.Create(periods).Value;

    /// <summary>Log rates from the forecast's own model: level + growth·i + N(0, σ²) per period.</summary>
    public static double[] LogRates(int count, double level, double growthLog, double sigma, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        return [.. Enumerable.Range(0, count).Select(i => level + (growthLog * i) + Normal.Sample(random, 0, sigma))];
    }
}
