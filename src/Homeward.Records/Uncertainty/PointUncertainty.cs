namespace Homeward.Records.Uncertainty;

/// <summary>
/// How far a computed point may be from where the record puts it on the ground, as DRMS (√(σE² + σN²)) in metres,
/// and the parts that make it up. The parts are independent, so the radial error is the root of the sum of their squares.
/// </summary>
/// <param name="ReferenceMetres">From the position of the reference point the traverse starts at.</param>
/// <param name="InstrumentMetres">From the bearings and distances of the legs (compass, tape, pacing).</param>
/// <param name="DeclinationMetres">From the declination applied to magnetic bearings: it turns the whole traverse about its reference point.</param>
/// <param name="DatumMetres">From the datum transformation to WGS 84 (its EPSG accuracy), or from an unstated datum.</param>
public readonly record struct PointUncertainty(double ReferenceMetres, double InstrumentMetres, double DeclinationMetres, double DatumMetres)
{
    /// <summary>The radial error (DRMS) in metres: about 63–68 % of the time the point lies within it; twice it covers about 95 %.</summary>
    public double RadialMetres => Math.Sqrt(ReferenceMetres * ReferenceMetres + InstrumentMetres * InstrumentMetres
        + DeclinationMetres * DeclinationMetres + DatumMetres * DatumMetres);
}
