namespace Homeward.Planning.Statistics;

/// <summary>
/// Land released from the first period of the statistics up to the end of <paramref name="Date"/>, m², as P10/P50/P90 over
/// the runs, and the remaining area then when a remaining estimate is known.
/// </summary>
/// <param name="Date">The day (inclusive).</param>
/// <param name="P10">Cumulative release exceeded by nine runs in ten, m².</param>
/// <param name="P50">The median cumulative release, m².</param>
/// <param name="P90">Cumulative release exceeded by one run in ten, m².</param>
/// <param name="RemainingM2P10">Remaining area that one run in ten is below, m²; <see langword="null"/> without an estimate.</param>
/// <param name="RemainingM2P50">The median remaining area, m².</param>
/// <param name="RemainingM2P90">Remaining area that nine runs in ten are below, m².</param>
public sealed record CumulativeReleaseQuantiles(
    DateOnly Date, double P10, double P50, double P90, double? RemainingM2P10, double? RemainingM2P50, double? RemainingM2P90);
