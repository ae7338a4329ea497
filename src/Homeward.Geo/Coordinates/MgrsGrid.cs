using System.Globalization;

namespace Homeward.Geo.Coordinates;

/// <summary>
/// The lettering of the Military Grid Reference System on WGS 84 (the "AA" scheme of NGA's standard): 100 km squares named
/// by a column letter, cycling through three sets of eight with the zone, and a row letter, cycling through twenty and
/// offset by five in even zones. Polar regions (UPS, bands A, B, Y, Z) are not covered.
/// </summary>
internal static class MgrsGrid
{
    /// <summary>The row letters, repeating every 2 000 km of northing.</summary>
    public const string RowLetters = "ABCDEFGHJKLMNPQRSTUV";

    private const double SquareMetres = 100_000;
    private const double RowCycleMetres = 2_000_000;

    // Column letters for zones 1, 4, 7…; 2, 5, 8…; 3, 6, 9…; the first letter is the column from 100 to 200 km easting.
    private static readonly string[] ColumnSets = ["ABCDEFGH", "JKLMNPQR", "STUVWXYZ"];

    /// <summary>The eight column letters used in a zone.</summary>
    public static string ColumnLetters(int zone) => ColumnSets[(zone - 1) % 3];

    /// <summary>The easting of the western edge of the column a letter names in a zone; <see langword="null"/> if none.</summary>
    public static double? ColumnEasting(int zone, char letter)
    {
        var index = ColumnLetters(zone).IndexOf(letter, StringComparison.Ordinal);
        return index < 0 ? null : (index + 1) * SquareMetres;
    }

    /// <summary>
    /// The northing, modulo 2 000 km, of the southern edge of the row a letter names in a zone; <see langword="null"/> if none.
    /// </summary>
    public static double? RowNorthing(int zone, char letter)
    {
        var index = RowLetters.IndexOf(letter, StringComparison.Ordinal);
        return index < 0 ? null : (index - (zone % 2 == 0 ? 5 : 0) + RowLetters.Length) % RowLetters.Length * SquareMetres;
    }

    /// <summary>
    /// The full northing, in metres, of a northing known modulo 2 000 km, in a latitude band: the band covers at most 1 333 km,
    /// so exactly one candidate lies in the 2 000 km from 100 km below the band's lowest northing.
    /// </summary>
    public static double ResolveNorthing(double northingModuloCycle, char band)
    {
        var lowest = UtmGrid.NorthingOnCentralMeridian(UtmGrid.BandSouth(band)) - SquareMetres;
        return northingModuloCycle + RowCycleMetres * Math.Max(0, Math.Ceiling((lowest - northingModuloCycle) / RowCycleMetres));
    }

    /// <summary>Writes a grid reference, truncating easting and northing to the precision as MGRS does.</summary>
    /// <param name="zone">The UTM zone, 1 to 60.</param>
    /// <param name="band">The latitude band letter.</param>
    /// <param name="easting">The UTM easting in metres.</param>
    /// <param name="northing">The UTM northing in metres, with the southern false northing where it applies.</param>
    /// <param name="digits">Digits for each of easting and northing, 1 (10 km) to 5 (1 m).</param>
    /// <returns>For example <c>38SPK 64506 28547</c>.</returns>
    public static string Format(int zone, char band, double easting, double northing, int digits)
    {
        var column = ColumnLetters(zone)[Math.Clamp((int)Math.Floor(easting / SquareMetres) - 1, 0, 7)];
        var rowIndex = ((int)Math.Floor(northing / SquareMetres) + (zone % 2 == 0 ? 5 : 0)) % RowLetters.Length;
        var unit = Math.Pow(10, 5 - digits);
        var e = (long)Math.Floor(easting % SquareMetres / unit);
        var n = (long)Math.Floor(northing % SquareMetres / unit);
        var format = new string('0', digits);
        var square = string.Create(CultureInfo.InvariantCulture, $"{zone}{band}{column}{RowLetters[rowIndex]}");
        return $"{square} {e.ToString(format, CultureInfo.InvariantCulture)} {n.ToString(format, CultureInfo.InvariantCulture)}";
    }
}
