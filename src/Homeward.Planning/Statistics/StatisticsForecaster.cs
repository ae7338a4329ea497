using System.Globalization;
using Homeward.Planning.Model;
using MathNet.Numerics.Distributions;

namespace Homeward.Planning.Statistics;

/// <summary>
/// Forecasts cumulative release and the completion date of a programme from its periodic statistics by Monte Carlo.
/// Per run: the release rate (m²/day) of each future period is a lognormal draw around a fitted level; with capacity
/// columns that level is productivity per team- or deminer-equivalent-day (stationary) times capacity with a log-linear
/// trend, and without them the rate itself carries the trend. The trend is damped year by year. Parameter uncertainty is
/// drawn per run (flat-prior predictive of each fit), and period-to-period variability from the residuals. The remaining
/// area falls by each period's release and by the recorded revisions of the remaining estimate beyond release (a yearly
/// share of what remains, one recorded interval drawn per run). Same statistics, options and seed: same forecast.
/// Thread-safe (no shared state).
/// </summary>
public static class StatisticsForecaster
{
    private const double DaysPerYear = 365.25;

    /// <summary>Forecasts.</summary>
    /// <param name="statistics">The statistics up to the forecast date.</param>
    /// <param name="options">How; <see cref="StatisticsForecastOptions.Default"/> when in doubt.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range (runs below 100, horizon below 1 year, ...).</exception>
    public static StatisticsForecast Forecast(ProgrammeStatistics statistics, StatisticsForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HorizonYears, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TrendPeriods, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TrendDampingPerYear, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.TrendDampingPerYear, 1);
        if (options.RemainingM2 is { } r)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(r);
        }

        var notes = new List<string>();
        var model = StatisticsRateModel.Fit(statistics, options, notes);
        var remaining = StartingRemaining(statistics, options, notes);
        var revisions = options.ApplyRevisions ? Revisions(statistics) : [];
        if (remaining is not null)
        {
            notes.Add(revisions.Count > 0
                ? string.Create(CultureInfo.InvariantCulture,
                    $"The remaining estimate was revised beyond release by {revisions.Average():P1} of itself a year on average over {revisions.Count} interval(s); each run continues one of them.")
                : "No revision of the remaining estimate beyond release could be measured (it needs two estimates); the remaining area falls by release only.");
        }

        var steps = FutureSteps(statistics, options.HorizonYears, out var stepDays);
        var simulation = Simulate(statistics, options, model, remaining, revisions, steps);

        var completion = remaining is null ? null : Completion(simulation.CompletionDays, statistics.End, steps[^1].End);
        var reported = ReportedSteps(steps, completion, remaining is not null);
        var cumulative = reported.Select(j => Quantiles(steps[j].End, simulation, j, remaining is not null)).ToList();
        var atDates = options.EvaluationDates
            .Where(d => d > statistics.End && d <= steps[^1].End)
            .Select(d => QuantilesAt(d, steps, simulation, remaining is not null))
            .ToList();

        var fit = model.Describe(stepDays, revisions, SurveyShare(statistics));
        return new StatisticsForecast(statistics.End, options.Runs, options.Seed, statistics.ReleasedM2, remaining, completion, cumulative, atDates, fit, notes);
    }

    private static double? StartingRemaining(ProgrammeStatistics statistics, StatisticsForecastOptions options, List<string> notes)
    {
        if (options.RemainingM2 is { } given)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The remaining area was given: {given:N0} m²."));
            return given;
        }

        var last = -1;
        for (var i = statistics.Periods.Count - 1; i >= 0 && last < 0; i--)
        {
            last = statistics.Periods[i].RemainingEstimateM2 is null ? -1 : i;
        }

        if (last < 0)
        {
            notes.Add("No remaining estimate (remaining_estimate_m2) and none given: the completion date cannot be forecast, only cumulative release.");
            return null;
        }

        var after = statistics.Periods.Skip(last + 1).Sum(p => p.ReleasedM2);
        var remaining = Math.Max(0, statistics.Periods[last].RemainingEstimateM2!.Value - after);
        if (after > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The last remaining estimate is of {statistics.Periods[last].End:yyyy-MM-dd}; the {after:N0} m² released since are taken off it."));
        }

        return remaining;
    }

    /// <summary>The yearly share of the remaining estimate removed beyond release between consecutive estimates.</summary>
    internal static List<double> Revisions(ProgrammeStatistics statistics)
    {
        var revisions = new List<double>();
        var periods = statistics.Periods;
        var previous = -1;
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].RemainingEstimateM2 is not { } now)
            {
                continue;
            }

            if (previous >= 0 && periods[previous].RemainingEstimateM2 is { } before && before > 0)
            {
                var released = periods.Skip(previous + 1).Take(i - previous).Sum(p => p.ReleasedM2);
                var years = (periods[i].End.DayNumber - periods[previous].End.DayNumber) / DaysPerYear;
                revisions.Add((before - now - released) / before / years);
            }

            previous = i;
        }

        return revisions;
    }

    private static double? SurveyShare(ProgrammeStatistics statistics)
    {
        var reported = statistics.Periods.Where(p => p.CancelledM2 is not null || p.ReducedM2 is not null).ToList();
        var released = reported.Sum(p => p.ReleasedM2);
        return released > 0 ? reported.Sum(p => (p.CancelledM2 ?? 0) + (p.ReducedM2 ?? 0)) / released : null;
    }

    /// <summary>Future periods of the statistics' typical length: calendar months, quarters or years when they are such, else days.</summary>
    private static List<(DateOnly Start, DateOnly End)> FutureSteps(ProgrammeStatistics statistics, int horizonYears, out int stepDays)
    {
        var lengths = statistics.Periods.Select(p => p.Days).Order().ToList();
        stepDays = lengths[lengths.Count / 2];
        int? months = stepDays switch
        {
            >= 28 and <= 31 => 1,
            >= 89 and <= 92 => 3,
            >= 181 and <= 184 => 6,
            >= 365 and <= 366 => 12,
            _ => null,
        };
        var horizon = statistics.End.AddYears(horizonYears);
        var steps = new List<(DateOnly, DateOnly)>();
        var start = statistics.End.AddDays(1);
        for (var k = 1; start <= horizon; k++)
        {
            var end = months is { } m ? statistics.End.AddDays(1).AddMonths(m * k).AddDays(-1) : start.AddDays(stepDays - 1);
            steps.Add((start, end));
            start = end.AddDays(1);
        }

        return steps;
    }

    private sealed record Simulation(double[][] Cumulative, double[][]? Remaining, double[] CompletionDays, double StartReleasedM2, double StartRemainingM2, int AsOfDayNumber);

    private static Simulation Simulate(
        ProgrammeStatistics statistics, StatisticsForecastOptions options, StatisticsRateModel model, double? remaining0,
        List<double> revisions, List<(DateOnly Start, DateOnly End)> steps)
    {
        var runs = options.Runs;
        var cumulative = steps.Select(_ => new double[runs]).ToArray();
        var remainingOut = remaining0 is null ? null : steps.Select(_ => new double[runs]).ToArray();
        var completion = new double[runs];
        var random = ThreePointEstimate.SeededRandom(options.Seed);
        var origin = statistics.Periods[^1].MidDayNumber;
        var endDay = statistics.End.DayNumber;
        var released0 = statistics.ReleasedM2;
        var damping = options.TrendDampingPerYear;

        // Per step, its length and its damped time since the last period's middle: the same for every run.
        var days = steps.Select(s => (double)(s.End.DayNumber - s.Start.DayNumber + 1)).ToArray();
        var time = steps.Select(s => Damped(((s.Start.DayNumber + s.End.DayNumber) / 2.0 - origin) / DaysPerYear, damping)).ToArray();

        for (var run = 0; run < runs; run++)
        {
            var draw = model.Draw(random);
            var revision = revisions.Count > 0 ? revisions[random.Next(revisions.Count)] : 0;
            var released = released0;
            var remaining = remaining0 ?? double.PositiveInfinity;
            completion[run] = remaining0 <= 0 ? 0 : double.PositiveInfinity;
            for (var j = 0; j < steps.Count; j++)
            {
                var rate = Math.Exp(draw.LogRateAt(time[j], Normal.Sample(random, 0, 1), Normal.Sample(random, 0, 1)));
                var release = rate * days[j];
                if (remaining0 is not null && remaining > 0)
                {
                    remaining -= revision * remaining * days[j] / DaysPerYear;
                    // A remainder below a square millimetre is rounding, not work left.
                    if (remaining <= release + 1e-6)
                    {
                        var done = Math.Clamp(remaining, 0, release);
                        completion[run] = steps[j].Start.DayNumber - endDay - 1 + (days[j] * done / release);
                        release = done;
                    }

                    remaining = Math.Max(0, remaining - release);
                }
                else if (remaining0 is not null)
                {
                    release = 0;
                }

                released += release;
                cumulative[j][run] = released;
                if (remainingOut is not null)
                {
                    remainingOut[j][run] = remaining;
                }
            }
        }

        return new Simulation(cumulative, remainingOut, completion, released0, remaining0 ?? 0, endDay);
    }

    /// <summary>∫₀ᵗ φˢ ds: the years of full growth that a damped trend adds up to by time t (t itself when φ = 1; negative t undamped).</summary>
    private static double Damped(double years, double damping) =>
        years <= 0 || damping >= 1 ? years
        : damping <= 0 ? 0
        : (1 - Math.Pow(damping, years)) / -Math.Log(damping);

    private static CompletionForecast Completion(double[] completionDays, DateOnly asOf, DateOnly horizon)
    {
        var sorted = (double[])completionDays.Clone();
        Array.Sort(sorted);
        DateOnly? At(double p)
        {
            var q = Quantile(sorted, p);
            return double.IsFinite(q) ? asOf.AddDays((int)Math.Ceiling(q - 1e-6)) : null;
        }

        var notWithin = completionDays.Count(double.IsPositiveInfinity) / (double)completionDays.Length;
        return new CompletionForecast(At(0.1), At(0.5), At(0.9), notWithin, horizon);
    }

    private static List<int> ReportedSteps(List<(DateOnly Start, DateOnly End)> steps, CompletionForecast? completion, bool hasRemaining)
    {
        var last = steps.Count - 1;
        if (!hasRemaining)
        {
            var tenYears = steps[0].Start.AddYears(10);
            last = Math.Max(0, steps.FindLastIndex(s => s.End < tenYears));
        }
        else if (completion?.P90 is { } p90)
        {
            last = steps.FindIndex(s => s.End >= p90);
        }

        return [.. Enumerable.Range(0, last + 1)];
    }

    private static CumulativeReleaseQuantiles Quantiles(DateOnly date, Simulation simulation, int step, bool hasRemaining) =>
        Quantiles(date, [.. simulation.Cumulative[step]],
            hasRemaining ? [.. simulation.Remaining![step]] : null);

    private static CumulativeReleaseQuantiles QuantilesAt(DateOnly date, List<(DateOnly Start, DateOnly End)> steps, Simulation simulation, bool hasRemaining)
    {
        var j = steps.FindIndex(s => s.End >= date);
        var stepStart = steps[j].Start.DayNumber - simulation.AsOfDayNumber - 1;
        var stepDays = steps[j].End.DayNumber - steps[j].Start.DayNumber + 1.0;
        var elapsed = date.DayNumber - steps[j].Start.DayNumber + 1.0;
        double[] Interpolate(double[][] values, double start)
        {
            var result = new double[values[j].Length];
            for (var run = 0; run < result.Length; run++)
            {
                // Release runs at a constant rate through the step, or until the run finishes inside it.
                var releasing = Math.Clamp(simulation.CompletionDays[run] - stepStart, 0, stepDays);
                var fraction = releasing > 0 ? Math.Min(1, elapsed / releasing) : 1;
                var before = j > 0 ? values[j - 1][run] : start;
                result[run] = before + ((values[j][run] - before) * fraction);
            }

            return result;
        }

        // The value before the first step: the release to date (same in every run) and the starting remaining area.
        var cumulative = Interpolate(simulation.Cumulative, simulation.StartReleasedM2);
        var remaining = hasRemaining ? Interpolate(simulation.Remaining!, simulation.StartRemainingM2) : null;
        return Quantiles(date, cumulative, remaining);
    }

    private static CumulativeReleaseQuantiles Quantiles(DateOnly date, double[] cumulative, double[]? remaining)
    {
        Array.Sort(cumulative);
        if (remaining is not null)
        {
            Array.Sort(remaining);
        }

        return new CumulativeReleaseQuantiles(date, Quantile(cumulative, 0.1), Quantile(cumulative, 0.5), Quantile(cumulative, 0.9),
            remaining is null ? null : Quantile(remaining, 0.1), remaining is null ? null : Quantile(remaining, 0.5), remaining is null ? null : Quantile(remaining, 0.9));
    }

    /// <summary>The p-quantile of sorted values, interpolated linearly between order statistics (R's type 7).</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        if (double.IsPositiveInfinity(sorted[hi]))
        {
            return h - lo < 1e-12 ? sorted[lo] : double.PositiveInfinity;
        }

        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
