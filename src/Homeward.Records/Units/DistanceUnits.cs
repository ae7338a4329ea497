namespace Homeward.Records.Units;

/// <summary>Conversions of record distances to metres. Thread-safe.</summary>
public static class DistanceUnits
{
    /// <summary>The pace length assumed when a record does not state one: 0.75 m (NATO practice; an assumption, spec section 2.2).</summary>
    public const double DefaultPaceLengthMetres = 0.75;

    /// <summary>A distance in metres.</summary>
    /// <param name="value">The distance in <paramref name="unit"/>.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="paceLengthMetres">The record's pace length, or <see langword="null"/> for <see cref="DefaultPaceLengthMetres"/>; a pair of steps is two paces.</param>
    /// <returns>The distance in metres.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public static double ToMetres(double value, DistanceUnit unit, double? paceLengthMetres = null) => unit switch
    {
        DistanceUnit.Metre => value,
        DistanceUnit.Pace => value * (paceLengthMetres ?? DefaultPaceLengthMetres),
        DistanceUnit.PairOfSteps => value * 2 * (paceLengthMetres ?? DefaultPaceLengthMetres),
        DistanceUnit.Yard => value * 0.9144,
        DistanceUnit.Foot => value * 0.3048,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a distance unit."),
    };

    /// <summary>Whether distances in a unit were paced rather than taped, which widens their error and the closure tolerance.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Whether it is <see cref="DistanceUnit.Pace"/> or <see cref="DistanceUnit.PairOfSteps"/>.</returns>
    public static bool IsPaced(DistanceUnit unit) => unit is DistanceUnit.Pace or DistanceUnit.PairOfSteps;
}
