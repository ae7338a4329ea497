namespace Homeward.Planning.Backtesting;

/// <summary>
/// One recorded period after the back-test date, against the forecast made on that date: land released from the day after
/// the back-test date to the end of <paramref name="Date"/>, m², as recorded and as forecast; and the remaining estimate when
/// the period records one.
/// </summary>
/// <param name="Date">The end of the recorded period.</param>
/// <param name="DaysAhead">Days from the back-test date to <paramref name="Date"/>.</param>
/// <param name="ActualM2">Released as recorded, m².</param>
/// <param name="P10">Forecast P10, m².</param>
/// <param name="P50">Forecast median, m².</param>
/// <param name="P90">Forecast P90, m².</param>
/// <param name="ErrorM2">P50 minus actual, m² (positive: the forecast was too optimistic).</param>
/// <param name="RelativeError">The error over the actual; <see langword="null"/> when nothing was released.</param>
/// <param name="Inside">Whether the actual fell inside the P10–P90 band.</param>
/// <param name="ActualRemainingM2">The remaining estimate recorded at <paramref name="Date"/>, m², if any.</param>
/// <param name="RemainingM2P10">Forecast remaining P10, m², when both are known.</param>
/// <param name="RemainingM2P50">Forecast remaining median, m².</param>
/// <param name="RemainingM2P90">Forecast remaining P90, m².</param>
/// <param name="RemainingInside">Whether the recorded remaining estimate fell inside the forecast P10–P90 band.</param>
public sealed record BacktestHorizon(
    DateOnly Date,
    int DaysAhead,
    double ActualM2,
    double P10,
    double P50,
    double P90,
    double ErrorM2,
    double? RelativeError,
    bool Inside,
    double? ActualRemainingM2,
    double? RemainingM2P10,
    double? RemainingM2P50,
    double? RemainingM2P90,
    bool? RemainingInside);
