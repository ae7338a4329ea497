namespace Homeward.Planning.Statistics;

/// <summary>How <see cref="StatisticsForecaster"/> forecasts; <see cref="Default"/> holds the documented defaults. Immutable.</summary>
public sealed record StatisticsForecastOptions
{
    /// <summary>The defaults: 10,000 runs, seed 1, 50 years, trend on the last 5 periods damped by 0.8 a year.</summary>
    public static StatisticsForecastOptions Default { get; } = new();

    /// <summary>Monte Carlo runs (at least 100).</summary>
    public int Runs { get; init; } = 10_000;

    /// <summary>The seed: the same seed and statistics give the same forecast.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How far ahead to simulate, in years after the last period; completion later than this is "not within the horizon".</summary>
    public int HorizonYears { get; init; } = 50;

    /// <summary>How many of the most recent periods the rate level, its trend and its variability are fitted on.</summary>
    public int TrendPeriods { get; init; } = 5;

    /// <summary>
    /// The share of the fitted growth rate (per year, on the log scale) that persists one year later: 1 extrapolates the
    /// trend for ever, 0 ignores it; 0.8 lets a trend add at most about 4.5 years' worth of growth in total.
    /// </summary>
    public double TrendDampingPerYear { get; init; } = 0.8;

    /// <summary>The area still to release at the end of the last period, m²; overrides the statistics' own estimate.</summary>
    public double? RemainingM2 { get; init; }

    /// <summary>Whether revisions of the remaining estimate (beyond release) continue at their recorded rate.</summary>
    public bool ApplyRevisions { get; init; } = true;

    /// <summary>Deminer-equivalents of one mine detection dog (≈ 425 m²/day over ≈ 30 m²/day per deminer; planning reference §2).</summary>
    public double DogDeminerEquivalents { get; init; } = 14;

    /// <summary>Deminer-equivalents of one machine (≈ 5,000 m²/day field output over ≈ 30 m²/day per deminer; planning reference §2).</summary>
    public double MachineDeminerEquivalents { get; init; } = 167;

    /// <summary>The year-to-year standard deviation of the log rate used when a single period leaves nothing to estimate it from.</summary>
    public double FallbackLogSigma { get; init; } = 0.3;

    /// <summary>Further dates at which to report cumulative release (for back-testing against recorded periods).</summary>
    public IReadOnlyList<DateOnly> EvaluationDates { get; init; } = [];
}
