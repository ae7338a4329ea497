using System.Diagnostics.CodeAnalysis;

namespace Homeward.Records.Units;

/// <summary>Conversions between the angle units of minefield records, and their names in the record format. Thread-safe.</summary>
public static class AngleUnits
{
    /// <summary>Every unit with its name in the record format, in the order they are tried when a record does not say.</summary>
    public static IReadOnlyList<(AngleUnit Unit, string Name)> Names { get; } =
    [
        (AngleUnit.Degree, "degree"),
        (AngleUnit.Mil6000, "mil6000"),
        (AngleUnit.Mil6400, "mil6400"),
        (AngleUnit.Mil6300, "mil6300"),
        (AngleUnit.Grad, "grad"),
    ];

    /// <summary>How many units make a full circle.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>360, 6400, 6000, 6300 or 400.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public static double FullCircle(AngleUnit unit) => unit switch
    {
        AngleUnit.Degree => 360,
        AngleUnit.Mil6400 => 6400,
        AngleUnit.Mil6000 => 6000,
        AngleUnit.Mil6300 => 6300,
        AngleUnit.Grad => 400,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not an angle unit."),
    };

    /// <summary>An angle in degrees.</summary>
    /// <param name="value">The angle in <paramref name="unit"/>.</param>
    /// <param name="unit">Its unit.</param>
    /// <returns>The angle in degrees (not reduced to 0–360).</returns>
    public static double ToDegrees(double value, AngleUnit unit) => value * 360 / FullCircle(unit);

    /// <summary>An angle in degrees, in another unit.</summary>
    /// <param name="degrees">The angle in degrees.</param>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>The angle in <paramref name="unit"/>.</returns>
    public static double FromDegrees(double degrees, AngleUnit unit) => degrees * FullCircle(unit) / 360;

    /// <summary>The name of a unit in the record format (<c>degree</c>, <c>mil6000</c>, ...).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The name.</returns>
    public static string NameOf(AngleUnit unit) => Names.First(n => n.Unit == unit).Name;

    /// <summary>Finds a unit by its name in the record format, ignoring case; <c>mil</c> alone is not accepted, as it is ambiguous.</summary>
    /// <param name="name">The name, for example <c>mil6000</c>.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse([NotNullWhen(true)] string? name, out AngleUnit unit)
    {
        foreach (var (u, n) in Names)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                unit = u;
                return true;
            }
        }

        unit = default;
        return false;
    }
}
