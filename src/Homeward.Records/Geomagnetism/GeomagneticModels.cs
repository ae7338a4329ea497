using System.Globalization;

namespace Homeward.Records.Geomagnetism;

/// <summary>
/// The two models Homeward ships, and the rule that picks one for a date: IGRF-14 before 2025.0 (the definitive models
/// for the past), WMM2025 from 2025.0 to 2030.0. Instances are immutable and thread-safe.
/// </summary>
/// <param name="igrf">IGRF-14, for dates before 2025.0 (it covers 1900.0–2030.0).</param>
/// <param name="wmm">WMM2025, for 2025.0–2030.0.</param>
public sealed class GeomagneticModels(GeomagneticModel igrf, GeomagneticModel wmm)
{
    /// <summary>The file name of the WMM2025 coefficients in the data folder.</summary>
    public const string WmmFileName = "WMM2025.COF";

    /// <summary>The file name of the IGRF-14 coefficients in the data folder.</summary>
    public const string IgrfFileName = "igrf14coeffs.txt";

    /// <summary>The data folder next to the application: <c>data/geomag</c> under <see cref="AppContext.BaseDirectory"/>.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data", "geomag");

    /// <summary>IGRF-14.</summary>
    public GeomagneticModel Igrf { get; } = igrf ?? throw new ArgumentNullException(nameof(igrf));

    /// <summary>WMM2025.</summary>
    public GeomagneticModel Wmm { get; } = wmm ?? throw new ArgumentNullException(nameof(wmm));

    /// <summary>Reads the shipped coefficient files.</summary>
    /// <param name="directory">The folder holding <see cref="WmmFileName"/> and <see cref="IgrfFileName"/>; by default <see cref="DefaultDirectory"/>.</param>
    /// <returns>The models.</returns>
    /// <exception cref="FileNotFoundException">A coefficient file is missing.</exception>
    /// <exception cref="FormatException">A coefficient file is damaged.</exception>
    public static GeomagneticModels Load(string? directory = null)
    {
        directory ??= DefaultDirectory;
        return new GeomagneticModels(
            GeomagneticModel.ReadIgrf(File.ReadAllText(Path.Combine(directory, IgrfFileName)), "IGRF-14"),
            GeomagneticModel.ReadWmm(File.ReadAllText(Path.Combine(directory, WmmFileName))));
    }

    /// <summary>A date as a decimal year, as NOAA's calculators count it: the year plus (day of year − 1) / days in the year.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example 1993.4521 for 1993-06-15.</returns>
    public static double DecimalYear(DateOnly date) =>
        date.Year + (date.DayOfYear - 1) / (double)(DateTime.IsLeapYear(date.Year) ? 366 : 365);

    /// <summary>The model for a decimal year: IGRF-14 before 2025.0, WMM2025 from then on.</summary>
    /// <param name="decimalYear">The year.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Neither model covers the year (before 1900.0 or after 2030.0).</exception>
    public GeomagneticModel ModelFor(double decimalYear) =>
        decimalYear >= Wmm.ValidFromYear && Wmm.Covers(decimalYear) ? Wmm
        : Igrf.Covers(decimalYear) && decimalYear < Wmm.ValidFromYear ? Igrf
        : throw new ArgumentOutOfRangeException(nameof(decimalYear), decimalYear,
            string.Create(CultureInfo.InvariantCulture, $"No shipped geomagnetic model covers {decimalYear:0.###}: IGRF-14 covers 1900–2025, WMM2025 2025–2030."));

    /// <summary>The magnetic declination at a place on a date, from the model for that date.</summary>
    /// <param name="latitudeDegrees">WGS 84 latitude.</param>
    /// <param name="longitudeDegrees">WGS 84 longitude.</param>
    /// <param name="heightKilometres">Height above the WGS 84 ellipsoid in kilometres (0 for the ground is close enough: a kilometre changes D by under 0.01° here).</param>
    /// <param name="decimalYear">The time.</param>
    /// <returns>The declination in degrees east and the model that gave it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No model covers the year.</exception>
    public (double DeclinationDegrees, GeomagneticModel Model) Declination(double latitudeDegrees, double longitudeDegrees,
        double heightKilometres, double decimalYear)
    {
        var model = ModelFor(decimalYear);
        return (model.Evaluate(latitudeDegrees, longitudeDegrees, heightKilometres, decimalYear).DeclinationDegrees, model);
    }
}
