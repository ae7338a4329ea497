namespace Homeward.Records.Geomagnetism;

/// <summary>
/// The main geomagnetic field at one place and time, in the local geodetic frame (WGS 84): X points to true north,
/// Y east and Z down, in nanoteslas, as the World Magnetic Model's reports and test values give them.
/// </summary>
/// <param name="NorthNanoteslas">X, the northward component.</param>
/// <param name="EastNanoteslas">Y, the eastward component.</param>
/// <param name="DownNanoteslas">Z, the downward component.</param>
public readonly record struct MagneticField(double NorthNanoteslas, double EastNanoteslas, double DownNanoteslas)
{
    /// <summary>H, the horizontal intensity in nanoteslas.</summary>
    public double HorizontalNanoteslas => Math.Sqrt(NorthNanoteslas * NorthNanoteslas + EastNanoteslas * EastNanoteslas);

    /// <summary>F, the total intensity in nanoteslas.</summary>
    public double TotalNanoteslas => Math.Sqrt(HorizontalNanoteslas * HorizontalNanoteslas + DownNanoteslas * DownNanoteslas);

    /// <summary>I, the inclination (dip) in degrees, positive downward.</summary>
    public double InclinationDegrees => Math.Atan2(DownNanoteslas, HorizontalNanoteslas) * 180 / Math.PI;

    /// <summary>
    /// D, the declination in degrees east of true north (−180 to 180): true bearing = magnetic bearing + D.
    /// </summary>
    public double DeclinationDegrees => Math.Atan2(EastNanoteslas, NorthNanoteslas) * 180 / Math.PI;
}
