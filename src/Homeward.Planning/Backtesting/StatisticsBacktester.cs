using System.Globalization;
using Homeward.Planning.Statistics;

namespace Homeward.Planning.Backtesting;

/// <summary>
/// Back-tests the forecast from statistics: cuts the series at a date, forecasts from what was known then, and compares
/// with the periods recorded later (release since the date, the remaining estimates, completion). Thread-safe.
/// </summary>
public static class StatisticsBacktester
{
    /// <summary>Back-tests.</summary>
    /// <param name="statistics">The whole series.</param>
    /// <param name="asOf">The date to forecast from: periods that had ended by then are known, later ones are compared.</param>
    /// <param name="options">The forecast options (its evaluation dates are replaced by the later periods' ends).</param>
    /// <returns>The back-test, or why there is none (nothing known by the date, or nothing recorded after it).</returns>
    public static StatisticsBacktestResult Backtest(ProgrammeStatistics statistics, DateOnly asOf, StatisticsForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(options);
        var known = statistics.AsOf(asOf);
        if (known is null)
        {
            return StatisticsBacktestResult.ForError(string.Create(CultureInfo.InvariantCulture,
                $"no period that released land had ended by {asOf:yyyy-MM-dd}: there is nothing to forecast from (the first period ends on {statistics.Periods[0].End:yyyy-MM-dd})."));
        }

        var later = statistics.Periods.Skip(known.Periods.Count).ToList();
        if (later.Count == 0)
        {
            return StatisticsBacktestResult.ForError(string.Create(CultureInfo.InvariantCulture,
                $"no period was recorded after {known.End:yyyy-MM-dd}: there is nothing to compare the forecast with."));
        }

        var forecast = StatisticsForecaster.Forecast(known, options with { EvaluationDates = [.. later.Select(p => p.End)] });
        var start = forecast.ReleasedToDateM2;
        var horizons = new List<BacktestHorizon>();
        var actual = 0.0;
        foreach (var period in later)
        {
            actual += period.ReleasedM2;
            var q = forecast.AtDates.FirstOrDefault(d => d.Date == period.End);
            if (q is null)
            {
                continue;
            }

            var (p10, p50, p90) = (q.P10 - start, q.P50 - start, q.P90 - start);
            var remainingInside = period.RemainingEstimateM2 is { } r && q.RemainingM2P10 is { } r10 && q.RemainingM2P90 is { } r90
                ? Within(r, r10, r90)
                : (bool?)null;
            horizons.Add(new BacktestHorizon(period.End, period.End.DayNumber - known.End.DayNumber, actual, p10, p50, p90, p50 - actual,
                actual > 0 ? (p50 - actual) / actual : null, Within(actual, p10, p90),
                period.RemainingEstimateM2, remainingInside is null ? null : q.RemainingM2P10, remainingInside is null ? null : q.RemainingM2P50,
                remainingInside is null ? null : q.RemainingM2P90, remainingInside));
        }

        var relative = horizons.Where(h => h.RelativeError is not null).Select(h => Math.Abs(h.RelativeError!.Value)).ToList();
        var remainingChecks = horizons.Where(h => h.RemainingInside is not null).ToList();
        return StatisticsBacktestResult.ForValue(new StatisticsBacktest(
            asOf,
            known.End,
            known.Periods.Count,
            forecast,
            horizons,
            horizons.Count > 0 ? horizons.Count(h => h.Inside) / (double)horizons.Count : 0,
            relative.Count > 0 ? relative.Average() : null,
            remainingChecks.Count > 0 ? remainingChecks.Count(h => h.RemainingInside == true) / (double)remainingChecks.Count : null,
            forecast.Completion is null ? null : Check(forecast.Completion, later)));
    }

    /// <summary>Whether a value lies in a band, rounding aside (a deterministic forecast's band has no width).</summary>
    private static bool Within(double value, double low, double high)
    {
        var slack = 1e-6 + (1e-9 * Math.Max(Math.Abs(value), Math.Abs(high)));
        return value >= low - slack && value <= high + slack;
    }

    private static CompletionCheck Check(CompletionForecast completion, List<StatisticsPeriod> later)
    {
        var last = later[^1].End;
        var actual = later.FirstOrDefault(p => p.RemainingEstimateM2 <= 0)?.End;
        bool? inside = actual is { } a
            ? (completion.P10 is { } p10 && p10 <= a) && (completion.P90 is null || a <= completion.P90)
            : completion.P90 is { } p90 && p90 <= last ? false : null;
        return new CompletionCheck(actual, last, completion.P10, completion.P50, completion.P90, inside);
    }
}
