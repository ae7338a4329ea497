using Homeward.Records.Format;

namespace Homeward.Records.Uncertainty;

/// <summary>
/// The 1σ values the propagation starts from (spec section 5.2). They are assumptions, to be calibrated on records whose
/// minefields were later cleared; every one can be changed. Immutable.
/// </summary>
public sealed record UncertaintyOptions
{
    /// <summary>The defaults of the spec.</summary>
    public static UncertaintyOptions Default { get; } = new();

    /// <summary>A reference point located by GPS or survey: 5 m per axis.</summary>
    public double SurveyedReferenceMetres { get; init; } = 5;

    /// <summary>A reference point read off a 1:50 000 map: 25 m per axis.</summary>
    public double Map50KReferenceMetres { get; init; } = 25;

    /// <summary>A reference point read off a 1:100 000 map: 50 m per axis.</summary>
    public double Map100KReferenceMetres { get; init; } = 50;

    /// <summary>A reference point known only from a description: 100 m per axis.</summary>
    public double DescribedReferenceMetres { get; init; } = 100;

    /// <summary>The bearing error of one leg: 1° for a hand compass (0.3° for an artillery compass).</summary>
    public double BearingDegrees { get; init; } = 1;

    /// <summary>The distance error of a taped (or range-found) leg, as a fraction of its length: 1 %.</summary>
    public double TapedDistanceFraction { get; init; } = 0.01;

    /// <summary>The distance error of a paced leg, as a fraction of its length: 4 %.</summary>
    public double PacedDistanceFraction { get; init; } = 0.04;

    /// <summary>The error of the model declination, common to every magnetic bearing of a record: 0.5° (NOAA's "30 minutes").</summary>
    public double DeclinationDegrees { get; init; } = 0.5;

    /// <summary>An allowance for local magnetic anomalies the models do not hold (volcanic terrain), added to the declination error: 0°.</summary>
    public double LocalAnomalyDegrees { get; init; }

    /// <summary>The datum error of a record whose CRS is not stated (SK-42 taken for WGS 84 moves points about 100 m): 100 m.</summary>
    public double UnstatedDatumMetres { get; init; } = 100;

    /// <summary>Whether the radial error includes the datum transformation's accuracy (the spec's worked example leaves it out).</summary>
    public bool IncludeDatum { get; init; } = true;

    /// <summary>The reference error per axis for a way of locating the point.</summary>
    /// <param name="location">How it was located.</param>
    /// <returns>The 1σ error per axis in metres.</returns>
    public double ReferenceMetres(ReferenceLocation location) => location switch
    {
        ReferenceLocation.Survey => SurveyedReferenceMetres,
        ReferenceLocation.Map50K => Map50KReferenceMetres,
        ReferenceLocation.Map100K => Map100KReferenceMetres,
        _ => DescribedReferenceMetres,
    };
}
