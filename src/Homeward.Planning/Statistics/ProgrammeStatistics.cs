using System.Globalization;

namespace Homeward.Planning.Statistics;

/// <summary>
/// A programme's periodic statistics: periods in time order that do not overlap (gaps are allowed), with at least one that
/// released land. Build it with <see cref="Create(IReadOnlyList{StatisticsPeriod})"/> or read it with <see cref="StatisticsCsv.Read"/>. Immutable.
/// </summary>
public sealed class ProgrammeStatistics
{
    private ProgrammeStatistics(IReadOnlyList<StatisticsPeriod> periods) => Periods = periods;

    /// <summary>The periods, in time order.</summary>
    public IReadOnlyList<StatisticsPeriod> Periods { get; }

    /// <summary>The first day of the first period.</summary>
    public DateOnly Start => Periods[0].Start;

    /// <summary>The last day of the last period: the date the statistics speak for.</summary>
    public DateOnly End => Periods[^1].End;

    /// <summary>The land released in all periods, m².</summary>
    public double ReleasedM2 => Periods.Sum(p => p.ReleasedM2);

    /// <summary>Checks and wraps periods; the errors name the period by its 1-based position.</summary>
    /// <param name="periods">The periods, in time order.</param>
    /// <returns>The statistics, or the problems found.</returns>
    public static StatisticsReadResult Create(IReadOnlyList<StatisticsPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return Create(periods, [.. Enumerable.Range(1, periods.Count)]);
    }

    /// <summary>
    /// The statistics as they stood at the end of <paramref name="asOf"/>: the periods that had ended by then, or
    /// <see langword="null"/> when none had or none of those released land.
    /// </summary>
    /// <param name="asOf">The last day known.</param>
    /// <returns>The earlier statistics, or <see langword="null"/>.</returns>
    public ProgrammeStatistics? AsOf(DateOnly asOf)
    {
        var known = Periods.Where(p => p.End <= asOf).ToList();
        return known.Count > 0 && known.Any(p => p.ReleasedM2 > 0) ? new ProgrammeStatistics(known) : null;
    }

    internal static StatisticsReadResult Create(IReadOnlyList<StatisticsPeriod> periods, IReadOnlyList<int> rows)
    {
        var errors = new List<StatisticsError>();
        if (periods.Count == 0)
        {
            errors.Add(new StatisticsError(rows.Count > 0 ? rows[0] : 1, null, null, "there are no periods: nothing to forecast from."));
            return StatisticsReadResult.ForErrors(errors);
        }

        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            var row = rows[i];
            CheckPeriod(errors, period, row);
            if (i > 0)
            {
                var previous = periods[i - 1];
                if (period.Start < previous.Start)
                {
                    errors.Add(new StatisticsError(row, "period_start", Iso(period.Start),
                        $"the periods are not in time order: this one starts before the one on row {rows[i - 1]} ({Iso(previous.Start)})."));
                }
                else if (period.Start <= previous.End)
                {
                    errors.Add(new StatisticsError(row, "period_start", Iso(period.Start),
                        $"overlaps the period on row {rows[i - 1]}, which ends on {Iso(previous.End)}."));
                }
            }
        }

        if (errors.Count == 0 && !periods.Any(p => p.ReleasedM2 > 0))
        {
            errors.Add(new StatisticsError(rows[0], "released_m2", null, "no period released any land: there is no rate to forecast from."));
        }

        return errors.Count > 0 ? StatisticsReadResult.ForErrors(errors) : StatisticsReadResult.ForValue(new ProgrammeStatistics(periods));
    }

    internal static void CheckPeriod(List<StatisticsError> errors, StatisticsPeriod period, int row)
    {
        if (period.End < period.Start)
        {
            errors.Add(new StatisticsError(row, "period_end", Iso(period.End), $"ends before it starts ({Iso(period.Start)})."));
        }

        CheckAmount(errors, row, "released_m2", period.ReleasedM2);
        CheckAmount(errors, row, "cancelled_m2", period.CancelledM2);
        CheckAmount(errors, row, "reduced_m2", period.ReducedM2);
        CheckAmount(errors, row, "cleared_m2", period.ClearedM2);
        CheckAmount(errors, row, "teams", period.Teams);
        CheckAmount(errors, row, "deminers", period.Deminers);
        CheckAmount(errors, row, "machines", period.Machines);
        CheckAmount(errors, row, "dogs", period.Dogs);
        CheckAmount(errors, row, "remaining_estimate_m2", period.RemainingEstimateM2);
    }

    private static void CheckAmount(List<StatisticsError> errors, int row, string column, double? value)
    {
        if (value is not { } v)
        {
            return;
        }

        if (!double.IsFinite(v))
        {
            errors.Add(new StatisticsError(row, column, v.ToString(CultureInfo.InvariantCulture), "must be a finite number."));
        }
        else if (v < 0)
        {
            errors.Add(new StatisticsError(row, column, v.ToString(CultureInfo.InvariantCulture), "must not be negative."));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
