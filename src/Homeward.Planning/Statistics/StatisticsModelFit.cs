namespace Homeward.Planning.Statistics;

/// <summary>What the forecast fitted to the statistics, for people to judge it by.</summary>
/// <param name="RateBasis">How release was normalised: <c>per-day</c>, <c>per-team-day</c> or <c>per-deminer-equivalent-day</c>.</param>
/// <param name="PeriodsFitted">How many recent periods were fitted.</param>
/// <param name="ReleasedM2PerDay">The fitted median release rate at the end of the statistics, m²/day.</param>
/// <param name="ProductivityM2PerCapacityDay">With a capacity basis: the fitted median m² per team- or deminer-equivalent-day.</param>
/// <param name="Capacity">With a capacity basis: the fitted capacity at the end of the statistics (teams or deminer-equivalents).</param>
/// <param name="GrowthPerYear">The fitted trend, as a fraction per year (0.1 = +10 %/year), of capacity or, without it, of the rate; 0 when too few periods.</param>
/// <param name="GrowthLogStandardError">The standard error of the trend on the log scale (per year).</param>
/// <param name="LogSigma">The period-to-period standard deviation of the log rate around the fit.</param>
/// <param name="RevisionPerYear">The mean yearly share of the remaining estimate removed beyond release (negative: the estimate grew); <see langword="null"/> when no revision could be measured.</param>
/// <param name="RevisionIntervals">How many intervals between remaining estimates the revisions were measured on.</param>
/// <param name="SurveyShareOfRelease">The share of released land that survey cancelled or reduced, where reported.</param>
/// <param name="StepDays">The typical length of a future period, days.</param>
public sealed record StatisticsModelFit(
    string RateBasis,
    int PeriodsFitted,
    double ReleasedM2PerDay,
    double? ProductivityM2PerCapacityDay,
    double? Capacity,
    double GrowthPerYear,
    double GrowthLogStandardError,
    double LogSigma,
    double? RevisionPerYear,
    int RevisionIntervals,
    double? SurveyShareOfRelease,
    int StepDays);
