using Homeward.Planning.Statistics;

namespace Homeward.Planning.Backtesting;

/// <summary>A back-test from statistics: the forecast as it would have been made on a date, against the periods recorded after it.</summary>
/// <param name="AsOf">The date asked for.</param>
/// <param name="TrainedUntil">The end of the last period that had ended by then: the forecast's starting point.</param>
/// <param name="TrainingPeriods">How many periods the forecast saw.</param>
/// <param name="Forecast">The forecast made from them.</param>
/// <param name="Horizons">Each later period against the forecast.</param>
/// <param name="Coverage">The share of horizons whose actual release fell inside the P10–P90 band (nominal: 0.8).</param>
/// <param name="MeanAbsoluteRelativeError">The mean of |relative error| over the horizons that released land.</param>
/// <param name="RemainingCoverage">The share of recorded remaining estimates inside the forecast band; <see langword="null"/> when none could be compared.</param>
/// <param name="Completion">The completion check; <see langword="null"/> when the forecast had no remaining estimate.</param>
public sealed record StatisticsBacktest(
    DateOnly AsOf,
    DateOnly TrainedUntil,
    int TrainingPeriods,
    StatisticsForecast Forecast,
    IReadOnlyList<BacktestHorizon> Horizons,
    double Coverage,
    double? MeanAbsoluteRelativeError,
    double? RemainingCoverage,
    CompletionCheck? Completion);
