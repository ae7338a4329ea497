namespace Homeward.Planning.Statistics;

/// <summary>
/// One period of a programme's statistics: the land released in it, how (cancelled, reduced, cleared), the capacity that
/// worked in it and, optionally, the estimate of the area still to release at its end. Areas are in m²; dates are
/// calendar days and both ends are inclusive. Optional values are <see langword="null"/> when not reported.
/// </summary>
/// <param name="Start">The first day of the period.</param>
/// <param name="End">The last day of the period (inclusive; not before <paramref name="Start"/>).</param>
/// <param name="ReleasedM2">Land released in the period, m²: cancelled + reduced + cleared.</param>
/// <param name="CancelledM2">Of it, cancelled by non-technical survey, m².</param>
/// <param name="ReducedM2">Of it, reduced by technical survey, m².</param>
/// <param name="ClearedM2">Of it, cleared, m².</param>
/// <param name="Teams">Teams at work in the period (any kind).</param>
/// <param name="Deminers">Manual deminers at work.</param>
/// <param name="Machines">Demining machines at work.</param>
/// <param name="Dogs">Mine detection dogs at work.</param>
/// <param name="RemainingEstimateM2">The estimate, made at the end of the period, of the area still to release, m².</param>
public sealed record StatisticsPeriod(
    DateOnly Start,
    DateOnly End,
    double ReleasedM2,
    double? CancelledM2 = null,
    double? ReducedM2 = null,
    double? ClearedM2 = null,
    double? Teams = null,
    double? Deminers = null,
    double? Machines = null,
    double? Dogs = null,
    double? RemainingEstimateM2 = null)
{
    /// <summary>The length of the period in days, both ends included.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The middle of the period, as a day number (<see cref="DateOnly.DayNumber"/>) with a half day when the length is even.</summary>
    public double MidDayNumber => (Start.DayNumber + End.DayNumber) / 2.0;

    /// <summary>The land released per day, m²/day.</summary>
    public double ReleasedM2PerDay => ReleasedM2 / Days;
}
