namespace Homeward.Records.Consistency;

/// <summary>
/// The tolerances of the consistency flags (spec section 5.3). They are assumptions, every one configurable. Immutable.
/// </summary>
public sealed record ConsistencyTolerances
{
    /// <summary>The defaults of the spec.</summary>
    public static ConsistencyTolerances Default { get; } = new();

    /// <summary>F01: the worst relative precision (1 : N) accepted for a taped traverse: 500.</summary>
    public double TapedRelativePrecision { get; init; } = 500;

    /// <summary>F01: the worst relative precision accepted for a paced traverse: 200.</summary>
    public double PacedRelativePrecision { get; init; } = 200;

    /// <summary>F01: the largest linear misclosure in metres before the result is an error and is left unadjusted: 10 m.</summary>
    public double MaxMisclosureMetres { get; init; } = 10;

    /// <summary>F02: the angular misclosure allowed per √n of the perimeter's n angles, in degrees: 1°.</summary>
    public double AngularMisclosureDegreesPerRootN { get; init; } = 1;

    /// <summary>F03: how far apart the candidate bearing units may put a point before the ambiguity is a warning: 5 m.</summary>
    public double UnitAmbiguityMetres { get; init; } = 5;

    /// <summary>F05: the row-length mismatch always allowed, in metres: 2 m.</summary>
    public double RowMismatchMetres { get; init; } = 2;

    /// <summary>F05: the row-length mismatch allowed as a fraction of the row: 3 %.</summary>
    public double RowMismatchFraction { get; init; } = 0.03;

    /// <summary>
    /// The ratio between a row's length and the span of its mines ((count − 1) × spacing) beyond which the row is refused
    /// rather than flagged: 2 (a 180 m row holding 20 mines 4 m apart is refused; the same row with 30 mines 5 m apart is flagged F05).
    /// </summary>
    public double RowRefusalRatio { get; init; } = 2;

    /// <summary>F06: how far outside the perimeter a row end or mine may be, in metres, before it is flagged: 0.01 m.</summary>
    public double OutsidePerimeterMetres { get; init; } = 0.01;

    /// <summary>F09: how far past the edge of its Gauss–Krüger zone a reference point may be, in degrees of longitude (sheets overlap): 0.5°.</summary>
    public double ZoneOverlapDegrees { get; init; } = 0.5;

    /// <summary>F11: the largest difference between a stated and the model declination, in degrees: 1°.</summary>
    public double DeclinationDifferenceDegrees { get; init; } = 1;

    /// <summary>F14: the largest difference between a back-bearing and the bearing ± 180°, in degrees: 2°.</summary>
    public double BackBearingDegrees { get; init; } = 2;

    /// <summary>F12: the first day of the period assumed when a record gives no date: 1988-01-01.</summary>
    public DateOnly AssumedPeriodStart { get; init; } = new(1988, 1, 1);

    /// <summary>F12: the last day of the period assumed when a record gives no date: 1994-12-31.</summary>
    public DateOnly AssumedPeriodEnd { get; init; } = new(1994, 12, 31);
}
