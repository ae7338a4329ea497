namespace Homeward.Planning.Statistics;

/// <summary>A programme-level forecast from periodic statistics: cumulative release and completion, with intervals. Immutable.</summary>
/// <param name="AsOf">The last day of the statistics: the forecast starts the day after.</param>
/// <param name="Runs">Monte Carlo runs.</param>
/// <param name="Seed">The seed.</param>
/// <param name="ReleasedToDateM2">Land released in all periods of the statistics, m².</param>
/// <param name="RemainingM2">The area still to release at <paramref name="AsOf"/>, m²; <see langword="null"/> when unknown.</param>
/// <param name="Completion">When the remaining area reaches zero; <see langword="null"/> when it is unknown.</param>
/// <param name="Cumulative">Cumulative release at the end of each future period, until nine runs in ten have finished (or ten years without a remaining estimate).</param>
/// <param name="AtDates">Cumulative release at the requested evaluation dates that fall within the horizon.</param>
/// <param name="Model">What was fitted.</param>
/// <param name="Notes">The assumptions and choices made, in plain words.</param>
public sealed record StatisticsForecast(
    DateOnly AsOf,
    int Runs,
    int Seed,
    double ReleasedToDateM2,
    double? RemainingM2,
    CompletionForecast? Completion,
    IReadOnlyList<CumulativeReleaseQuantiles> Cumulative,
    IReadOnlyList<CumulativeReleaseQuantiles> AtDates,
    StatisticsModelFit Model,
    IReadOnlyList<string> Notes);
