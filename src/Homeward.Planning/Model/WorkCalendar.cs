namespace Homeward.Planning.Model;

/// <summary>
/// Which days teams work: a number of days per week (Monday first), a winter stand-down and public holidays. Plans
/// count time in working days from a start date; this maps working-day indexes to dates and back.
/// </summary>
public sealed class WorkCalendar
{
    private readonly List<DateOnly> _days = [];
    private readonly HashSet<(int Month, int Day)> _holidays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="start">The first day that may be worked.</param>
    /// <param name="daysPerWeek">Working days per week, 1–7, Monday first.</param>
    /// <param name="standDownFrom">The first day of the winter stand-down (month, day), or null for none.</param>
    /// <param name="standDownTo">The last day of the stand-down (month, day), inclusive; may be in the next year.</param>
    /// <param name="holidays">Public holidays (month, day) every year.</param>
    public WorkCalendar(DateOnly start, int daysPerWeek, (int Month, int Day)? standDownFrom, (int Month, int Day)? standDownTo,
        IEnumerable<(int Month, int Day)> holidays)
    {
        if (daysPerWeek is < 1 or > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(daysPerWeek), daysPerWeek, "Working days per week are 1 to 7.");
        }

        Start = start;
        DaysPerWeek = daysPerWeek;
        StandDownFrom = standDownFrom;
        StandDownTo = standDownTo;
        _holidays = [.. holidays];
    }

    /// <summary>The first day that may be worked.</summary>
    public DateOnly Start { get; }

    /// <summary>Working days per week.</summary>
    public int DaysPerWeek { get; }

    /// <summary>The first day of the winter stand-down.</summary>
    public (int Month, int Day)? StandDownFrom { get; }

    /// <summary>The last day of the winter stand-down.</summary>
    public (int Month, int Day)? StandDownTo { get; }

    /// <summary>Every day worked, every day of the week, all year (for tests and analytic checks).</summary>
    public static WorkCalendar EveryDay(DateOnly start) => new(start, 7, null, null, []);

    /// <summary>Whether teams work on a date.</summary>
    public bool IsWorkDay(DateOnly date)
    {
        var dayOfWeek = ((int)date.DayOfWeek + 6) % 7; // Monday = 0
        if (dayOfWeek >= DaysPerWeek || _holidays.Contains((date.Month, date.Day)))
        {
            return false;
        }

        return !IsInStandDown(date);
    }

    /// <summary>Whether a date falls in the winter stand-down.</summary>
    public bool IsInStandDown(DateOnly date)
    {
        if (StandDownFrom is not { } from || StandDownTo is not { } to)
        {
            return false;
        }

        var key = (date.Month * 100) + date.Day;
        var a = (from.Month * 100) + from.Day;
        var b = (to.Month * 100) + to.Day;
        return a <= b ? key >= a && key <= b : key >= a || key <= b;
    }

    /// <summary>
    /// The date on which working day <paramref name="index"/> (0-based) falls. A task occupying working days
    /// [s, e) starts on <c>DateOf(s)</c> and ends on <c>EndDateOf(e)</c>.
    /// </summary>
    public DateOnly DateOf(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Extend(index);
        return _days[(int)index];
    }

    /// <summary>The last day worked by a task that ends at working-day index <paramref name="end"/> (exclusive).</summary>
    public DateOnly EndDateOf(long end) => end <= 0 ? Start : DateOf(end - 1);

    /// <summary>The number of working days before <paramref name="date"/> (the index of the first working day on or after it).</summary>
    public long IndexOf(DateOnly date)
    {
        if (date <= Start)
        {
            return 0;
        }

        var low = 0;
        while (true)
        {
            Extend(low + 366);
            var i = _days.BinarySearch(date);
            if (i >= 0)
            {
                return i;
            }

            if (~i < _days.Count)
            {
                return ~i;
            }

            low = _days.Count;
        }
    }

    private void Extend(long index)
    {
        if (index > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A plan further than a million working days ahead is not a plan.");
        }

        var day = _days.Count == 0 ? Start.AddDays(-1) : _days[^1];
        var guard = 0;
        while (_days.Count <= index)
        {
            day = day.AddDays(1);
            if (IsWorkDay(day))
            {
                _days.Add(day);
                guard = 0;
            }
            else if (++guard > 366)
            {
                throw new InvalidOperationException("This calendar has no working day in a whole year.");
            }
        }
    }
}
