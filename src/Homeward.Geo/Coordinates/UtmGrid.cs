namespace Homeward.Geo.Coordinates;

/// <summary>
/// The parts of the WGS 84 UTM grid that reading and writing grid references needs without a full projection: latitude
/// bands, the standard zone of a position, and the northing of a latitude on a central meridian.
/// </summary>
internal static class UtmGrid
{
    /// <summary>The latitude band letters from 80°S northward, 8° each (X is 12°, to 84°N); I and O are not used.</summary>
    public const string BandLetters = "CDEFGHJKLMNPQRSTUVWX";

    private const double ScaleFactor = 0.9996;
    private const double SouthernFalseNorthing = 10_000_000;
    private const double SemiMajorAxis = 6_378_137;
    private const double Flattening = 1 / 298.257223563;

    // Third flattening n and the rectifying radius A = a / (1 + n) · (1 + n²/4 + n⁴/64) of the WGS 84 ellipsoid.
    private static readonly double N = Flattening / (2 - Flattening);
    private static readonly double RectifyingRadius = SemiMajorAxis / (1 + N) * (1 + N * N / 4 + N * N * N * N / 64);

    /// <summary>Whether a letter is a latitude band of the southern hemisphere (C to M).</summary>
    public static bool IsSouthern(char band) => band < 'N';

    /// <summary>The southern edge of a latitude band, in degrees.</summary>
    public static double BandSouth(char band) => -80 + 8 * BandLetters.IndexOf(band, StringComparison.Ordinal);

    /// <summary>The northern edge of a latitude band, in degrees.</summary>
    public static double BandNorth(char band) => band == 'X' ? 84 : BandSouth(band) + 8;

    /// <summary>The latitude band letter of a latitude from −80° to 84°.</summary>
    public static char BandOf(double latitude) => BandLetters[Math.Clamp((int)Math.Floor((latitude + 80) / 8), 0, BandLetters.Length - 1)];

    /// <summary>The UTM zone a position belongs to, with the Norway (32V) and Svalbard (31X–37X) exceptions.</summary>
    public static int StandardZone(double longitude, double latitude)
    {
        var zone = (int)Math.Floor((longitude + 180) / 6) % 60 + 1;
        if (latitude is >= 56 and < 64 && longitude is >= 3 and < 12)
        {
            return 32;
        }

        if (latitude is >= 72 and < 84 && longitude is >= 0 and < 42)
        {
            return longitude switch
            {
                < 9 => 31,
                < 21 => 33,
                < 33 => 35,
                _ => 37,
            };
        }

        return zone;
    }

    /// <summary>The UTM northing of a latitude on a zone's central meridian, in metres (the lowest northing of that latitude).</summary>
    public static double NorthingOnCentralMeridian(double latitude) =>
        ScaleFactor * MeridianArc(double.DegreesToRadians(latitude)) + (latitude < 0 ? SouthernFalseNorthing : 0);

    /// <summary>
    /// The latitude, in degrees, of the point of the central meridian with the given northing (the footpoint latitude). It
    /// exceeds the true latitude of a point off the meridian by up to 0.05° at a zone's edge; enough to check a band letter.
    /// </summary>
    public static double FootpointLatitude(double northing, bool north)
    {
        var mu = (north ? northing : northing - SouthernFalseNorthing) / ScaleFactor / RectifyingRadius;
        var n2 = N * N;
        var latitude = mu
            + (3.0 / 2 * N - 27.0 / 32 * n2 * N) * Math.Sin(2 * mu)
            + (21.0 / 16 * n2 - 55.0 / 32 * n2 * n2) * Math.Sin(4 * mu)
            + 151.0 / 96 * n2 * N * Math.Sin(6 * mu)
            + 1097.0 / 512 * n2 * n2 * Math.Sin(8 * mu);
        return double.RadiansToDegrees(latitude);
    }

    // The length of the meridian from the equator, in metres: Helmert's series in n to n⁴, good to far below a millimetre.
    private static double MeridianArc(double latitude)
    {
        var n2 = N * N;
        return RectifyingRadius * (latitude
            - (3.0 / 2 * N - 9.0 / 16 * n2 * N) * Math.Sin(2 * latitude)
            + (15.0 / 16 * n2 - 15.0 / 32 * n2 * n2) * Math.Sin(4 * latitude)
            - 35.0 / 48 * n2 * N * Math.Sin(6 * latitude)
            + 315.0 / 512 * n2 * n2 * Math.Sin(8 * latitude));
    }
}
