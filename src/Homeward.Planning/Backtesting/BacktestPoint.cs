namespace Homeward.Planning.Backtesting;

/// <summary>The forecast national remaining area on a date against what was recorded.</summary>
/// <param name="Date">The date.</param>
/// <param name="ActualM2">The remaining m² recorded (of the hazards known on the as-of date).</param>
/// <param name="RemainingM2P10">The forecast's 10th percentile.</param>
/// <param name="RemainingM2P50">The forecast's median.</param>
/// <param name="RemainingM2P90">The forecast's 90th percentile.</param>
public sealed record BacktestPoint(DateOnly Date, double ActualM2, double RemainingM2P10, double RemainingM2P50, double RemainingM2P90)
{
    /// <summary>Whether the recorded value lies in the P10–P90 band.</summary>
    public bool InsideBand => ActualM2 >= RemainingM2P10 - 0.5 && ActualM2 <= RemainingM2P90 + 0.5;

    /// <summary>The median's error, forecast − actual, in m².</summary>
    public double ErrorM2 => RemainingM2P50 - ActualM2;
}
