namespace Homeward.Planning.Backtesting;

/// <summary>A back-test of the clearance forecast on a store's history.</summary>
/// <param name="AsOf">The date the forecast was made as of.</param>
/// <param name="DataEnd">The last release recorded.</param>
/// <param name="CalibrationFactor">The productivity factor fitted to the year before the as-of date (1: none).</param>
/// <param name="Points">National remaining area: forecast against recorded, month by month.</param>
public sealed record StoreBacktestResult(DateOnly AsOf, DateOnly DataEnd, double CalibrationFactor, IReadOnlyList<BacktestPoint> Points)
{
    /// <summary>The share of monthly points whose recorded value lies in the P10–P90 band.</summary>
    public double NationalCoverage => Points.Count == 0 ? 0 : Points.Count(p => p.InsideBand) / (double)Points.Count;

    /// <summary>The mean absolute error of the median, relative to the remaining area at the as-of date.</summary>
    public double NationalMeanAbsoluteRelativeError { get; init; }

    /// <summary>Hazardous areas open on the as-of date and closed since.</summary>
    public int HazardsClosed { get; init; }

    /// <summary>The share of those whose closing date lies in their forecast P10–P90 band.</summary>
    public double HazardCoverage { get; init; }

    /// <summary>The median absolute difference, in days, between their forecast P50 and their closing date.</summary>
    public double HazardMedianAbsoluteErrorDays { get; init; }

    /// <summary>Hazards still open at the end of the data although their forecast P90 had passed.</summary>
    public int HazardsOpenPastP90 { get; init; }

    /// <summary>Hazards in the forecast.</summary>
    public int HazardsForecast { get; init; }

    /// <summary>The yearly capacity growth fitted to the two years before the as-of date (most likely value).</summary>
    public double CapacityGrowthPerYear { get; init; }

    /// <summary>The winter stand-down used (null when the record shows work through the winter).</summary>
    public string? WinterStandDown { get; init; }

    /// <summary>Whether the history is synthetic demonstration data.</summary>
    public bool ContainsSyntheticData { get; init; }
}
