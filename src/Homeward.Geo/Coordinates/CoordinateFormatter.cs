using System.Globalization;
using Homeward.Domain;
using Homeward.Geo.Crs;

namespace Homeward.Geo.Coordinates;

/// <summary>
/// Writes WGS 84 positions for display, in the formats <see cref="CoordinateParser"/> reads back: latitude first, with
/// hemisphere letters, invariant culture. Thread-safe, except that the grid formats use the
/// <see cref="CoordinateTransformer"/> passed in, which is not.
/// </summary>
public static class CoordinateFormatter
{
    /// <summary>Writes decimal degrees: <c>39.991100°N 46.926900°E</c>.</summary>
    /// <param name="position">The position in WGS 84 (EPSG:4326).</param>
    /// <param name="decimals">Decimals of a degree, 0 to 10 (6 is about 0.1 m).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is not one (NaN or out of range), or <paramref name="decimals"/> is outside 0 to 10.</exception>
    public static string FormatDecimalDegrees(LonLat position, int decimals = 6)
    {
        CheckPosition(position);
        CheckRange(decimals, 0, 10);
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Math.Abs(position.Latitude).ToString(format, CultureInfo.InvariantCulture)}°{North(position)} "
            + $"{Math.Abs(position.Longitude).ToString(format, CultureInfo.InvariantCulture)}°{East(position)}");
    }

    /// <summary>Writes degrees, minutes and seconds: <c>39°59'28.0"N 46°55'36.8"E</c>.</summary>
    /// <param name="position">The position in WGS 84 (EPSG:4326).</param>
    /// <param name="secondDecimals">Decimals of a second, 0 to 6 (1 is about 3 m).</param>
    /// <returns>The text; seconds are rounded, carrying into minutes and degrees.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is not one (NaN or out of range), or <paramref name="secondDecimals"/> is outside 0 to 6.</exception>
    public static string FormatDegreesMinutesSeconds(LonLat position, int secondDecimals = 1)
    {
        CheckPosition(position);
        CheckRange(secondDecimals, 0, 6);
        return $"{Sexagesimal(position.Latitude, 3600, secondDecimals)}{North(position)} "
            + $"{Sexagesimal(position.Longitude, 3600, secondDecimals)}{East(position)}";
    }

    /// <summary>Writes degrees and decimal minutes: <c>39°59.467'N 46°55.614'E</c>.</summary>
    /// <param name="position">The position in WGS 84 (EPSG:4326).</param>
    /// <param name="minuteDecimals">Decimals of a minute, 0 to 8 (3 is about 2 m).</param>
    /// <returns>The text; minutes are rounded, carrying into degrees.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is not one (NaN or out of range), or <paramref name="minuteDecimals"/> is outside 0 to 8.</exception>
    public static string FormatDegreesDecimalMinutes(LonLat position, int minuteDecimals = 3)
    {
        CheckPosition(position);
        CheckRange(minuteDecimals, 0, 8);
        return $"{Sexagesimal(position.Latitude, 60, minuteDecimals)}{North(position)} "
            + $"{Sexagesimal(position.Longitude, 60, minuteDecimals)}{East(position)}";
    }

    /// <summary>Writes a WGS 84 / UTM position with its latitude band, as GPS receivers show it: <c>38S 664506 4428547</c>.</summary>
    /// <param name="position">The position in WGS 84 (EPSG:4326), latitude −80° to 84°.</param>
    /// <param name="transformer">The transformer that projects it.</param>
    /// <param name="zone">The zone to write it in; by default the position's own (with the Norway and Svalbard exceptions).</param>
    /// <returns>The text; easting and northing rounded to the metre.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transformer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The latitude is outside −80° to 84°, or <paramref name="zone"/> outside 1 to 60.
    /// </exception>
    public static string FormatUtm(LonLat position, CoordinateTransformer transformer, int? zone = null)
    {
        var (utmZone, band, easting, northing) = ToUtm(position, transformer, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{utmZone}{band} {Math.Round(easting):0} {Math.Round(northing):0}");
    }

    /// <summary>Writes an MGRS grid reference: <c>38SPK 64506 28547</c>.</summary>
    /// <param name="position">The position in WGS 84 (EPSG:4326), latitude −80° to 84°.</param>
    /// <param name="transformer">The transformer that projects it.</param>
    /// <param name="digits">Digits each of easting and northing, 1 (10 km) to 5 (1 m); truncated, as MGRS requires.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transformer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The latitude is outside −80° to 84°, or <paramref name="digits"/> outside 1 to 5.
    /// </exception>
    public static string FormatMgrs(LonLat position, CoordinateTransformer transformer, int digits = 5)
    {
        CheckRange(digits, 1, 5);
        var (zone, band, easting, northing) = ToUtm(position, transformer, null);
        return MgrsGrid.Format(zone, band, easting, northing, digits);
    }

    /// <summary>Writes a Pulkovo 1942 Gauss–Krüger position the Soviet way, northing first: <c>X=4430293 Y=8664944</c>.</summary>
    /// <param name="position">The position in WGS 84 (EPSG:4326), longitude 42°E to 54°E (zones 8 and 9).</param>
    /// <param name="transformer">The transformer that projects it, with its <see cref="CoordinateTransformer.Pulkovo1942ToWgs84"/>.</param>
    /// <returns>The text in metres, rounded to the metre; the easting (Y) carries the zone prefix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transformer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The position is not one, or its longitude is outside zones 8 and 9 (42°E to 54°E).</exception>
    public static string FormatGaussKruger(LonLat position, CoordinateTransformer transformer)
    {
        ArgumentNullException.ThrowIfNull(transformer);
        CheckPosition(position);
        if (position.Longitude is < 42 or >= 54)
        {
            throw new ArgumentOutOfRangeException(
                nameof(position), position, "Only Gauss–Krüger zones 8 and 9 (42°E to 54°E) are supported.");
        }

        var srid = CoordinateReferenceSystem.GaussKruger(position.Longitude < 48 ? 8 : 9).Srid;
        var (easting, northing) = transformer.Transform(position.Longitude, position.Latitude, CoordinateReferenceSystem.Wgs84.Srid, srid);
        return string.Create(CultureInfo.InvariantCulture, $"X={Math.Round(northing):0} Y={Math.Round(easting):0}");
    }

    private static (int Zone, char Band, double Easting, double Northing) ToUtm(
        LonLat position, CoordinateTransformer transformer, int? zone)
    {
        ArgumentNullException.ThrowIfNull(transformer);
        CheckPosition(position);
        if (position.Latitude is < -80 or > 84)
        {
            throw new ArgumentOutOfRangeException(
                nameof(position), position, "UTM covers latitudes 80°S to 84°N; polar (UPS) positions are not supported.");
        }

        var utmZone = zone ?? UtmGrid.StandardZone(position.Longitude, position.Latitude);
        var srid = CoordinateReferenceSystem.Utm(utmZone, north: position.Latitude >= 0).Srid;
        var (easting, northing) = transformer.Transform(position.Longitude, position.Latitude, CoordinateReferenceSystem.Wgs84.Srid, srid);
        return (utmZone, UtmGrid.BandOf(position.Latitude), easting, northing);
    }

    // Degrees and minutes (unitsPerDegree 60) or degrees, minutes and seconds (3600), rounded once in the smallest unit so
    // that 59.96" becomes 1' 00.0" rather than 60.0".
    private static string Sexagesimal(double degrees, int unitsPerDegree, int decimals)
    {
        var scale = Math.Pow(10, decimals);
        var total = (long)Math.Round(Math.Abs(degrees) * unitsPerDegree * scale, MidpointRounding.AwayFromZero);
        var perDegree = unitsPerDegree * (long)scale;
        var whole = total / perDegree;
        var rest = total % perDegree;
        if (unitsPerDegree == 60)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{whole}°{TwoDigits(rest / scale, decimals)}'");
        }

        var perMinute = 60 * (long)scale;
        var minutes = rest / perMinute;
        return string.Create(CultureInfo.InvariantCulture, $"{whole}°{minutes:00}'{TwoDigits(rest % perMinute / scale, decimals)}\"");
    }

    // Minutes or seconds with two whole digits: 05.0, 59.96.
    private static string TwoDigits(double value, int decimals)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.PadLeft(decimals == 0 ? 2 : 3 + decimals, '0');
    }

    private static char North(LonLat position) => position.Latitude < 0 ? 'S' : 'N';

    private static char East(LonLat position) => position.Longitude < 0 ? 'W' : 'E';

    private static void CheckPosition(LonLat position)
    {
        // Also refuses NaN, which every comparison fails.
        if (!(Math.Abs(position.Latitude) <= 90 && Math.Abs(position.Longitude) <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Not a position: latitude −90° to 90°, longitude −180° to 180°.");
        }
    }

    private static void CheckRange(int value, int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max);
    }
}
