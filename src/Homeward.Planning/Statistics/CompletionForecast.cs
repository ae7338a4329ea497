namespace Homeward.Planning.Statistics;

/// <summary>
/// When the remaining area reaches zero: the P10, P50 and P90 dates over the Monte Carlo runs, each <see langword="null"/> when
/// that share of the runs had not finished by the horizon.
/// </summary>
/// <param name="P10">One run in ten finishes by this date.</param>
/// <param name="P50">Half the runs finish by this date.</param>
/// <param name="P90">Nine runs in ten finish by this date.</param>
/// <param name="ShareNotWithinHorizon">The share of runs (0–1) that had not finished by <paramref name="Horizon"/>.</param>
/// <param name="Horizon">The last day simulated.</param>
public sealed record CompletionForecast(DateOnly? P10, DateOnly? P50, DateOnly? P90, double ShareNotWithinHorizon, DateOnly Horizon);
