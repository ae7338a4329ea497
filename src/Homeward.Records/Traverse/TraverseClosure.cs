namespace Homeward.Records.Traverse;

/// <summary>
/// How well a closed perimeter traverse closes: the misclosure of its closing leg, in the computation plane's metres, and
/// whether the Bowditch (compass-rule) adjustment was applied.
/// </summary>
/// <param name="DeltaEastMetres">ΔE = Σ departures: how far east of its start the traverse ends.</param>
/// <param name="DeltaNorthMetres">ΔN = Σ latitudes.</param>
/// <param name="PerimeterLengthMetres">ΣL, the length of the perimeter legs.</param>
/// <param name="IsAdjusted">Whether the misclosure was within tolerance and distributed by the compass rule.</param>
/// <param name="AngularMisclosureDegrees">Σ interior angles − (n − 2) × 180°, when the record gives every interior angle.</param>
public sealed record TraverseClosure(
    double DeltaEastMetres,
    double DeltaNorthMetres,
    double PerimeterLengthMetres,
    bool IsAdjusted,
    double? AngularMisclosureDegrees)
{
    /// <summary>The linear misclosure e = √(ΔE² + ΔN²) in metres.</summary>
    public double LinearMetres => Math.Sqrt(DeltaEastMetres * DeltaEastMetres + DeltaNorthMetres * DeltaNorthMetres);

    /// <summary>The relative precision N of 1 : N = ΣL / e; infinite for a perfect closure.</summary>
    public double RelativePrecision => LinearMetres == 0 ? double.PositiveInfinity : PerimeterLengthMetres / LinearMetres;
}
