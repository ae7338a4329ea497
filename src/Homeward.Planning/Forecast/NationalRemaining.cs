namespace Homeward.Planning.Forecast;

/// <summary>The national remaining area on a date across the simulated futures (the fan chart).</summary>
/// <param name="Date">The date.</param>
/// <param name="RemainingM2P10">The 10th percentile of the remaining m².</param>
/// <param name="RemainingM2P50">The median.</param>
/// <param name="RemainingM2P90">The 90th percentile.</param>
public sealed record NationalRemaining(DateOnly Date, double RemainingM2P10, double RemainingM2P50, double RemainingM2P90);
