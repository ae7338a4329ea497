using Homeward.Domain;
using Homeward.Geo.Crs;

namespace Homeward.Geo.Coordinates;

/// <summary>
/// Reads positions typed on field forms or copied from legacy records. Bad input gives a failed <see cref="ParseResult{T}"/>
/// whose <see cref="CoordinateParseError"/> names the text, the position in it and what was expected; nothing throws for
/// bad input. Numbers use the invariant culture: a dot for decimals, no digit grouping. Thread-safe.
/// </summary>
public static class CoordinateParser
{
    /// <summary>
    /// Reads a WGS 84 position in decimal degrees: <c>39.9911, 46.9269</c>, <c>39.9911N 46.9269E</c>, <c>46.9269E 39.9911N</c>,
    /// <c>N39.9911 E46.9269</c>, <c>39.9911° 46.9269°</c>, <c>-33.9 18.4</c>.
    /// </summary>
    /// <param name="text">The text. Without hemisphere letters the order is latitude, then longitude, as on most field forms;
    /// with them the letters decide (N, S: latitude; E, W: longitude). A sign is allowed only without a letter.</param>
    /// <returns>Longitude and latitude in degrees (EPSG:4326), or the error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<LonLat> ParseDecimalDegrees(string text) => ParseGeographic(text, maxComponents: 1);

    /// <summary>
    /// Reads a WGS 84 position in degrees, minutes and seconds, or degrees and decimal minutes:
    /// <c>39°59'28"N 46°55'37"E</c>, <c>39 59 28.0 N, 46 55 37.0 E</c>, <c>39°59.467'N 46°55.617'E</c>, <c>39 59.467, 46 55.617</c>.
    /// Decimal degrees are accepted too.
    /// </summary>
    /// <param name="text">The text; the order rules are those of <see cref="ParseDecimalDegrees"/>. Minutes and seconds must be
    /// below 60, and only the last number of an angle may have decimals. Typographic signs (′ ″ º) are accepted.</param>
    /// <returns>Longitude and latitude in degrees (EPSG:4326), or the error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<LonLat> ParseDegreesMinutesSeconds(string text) => ParseGeographic(text, maxComponents: 3);

    /// <summary>
    /// Reads a WGS 84 / UTM position: zone, latitude band letter, easting and northing in metres, as GPS receivers show it:
    /// <c>38S 664506 4428547</c>, <c>38T 0664506 4428547</c>, or with N for the northern hemisphere, <c>38N 664506 4428547</c>.
    /// </summary>
    /// <param name="text">The text. The letter is a latitude band (C to X), so S is band S (32°N–40°N), not the southern
    /// hemisphere; southern positions use their band, C to M. A band other than N must agree with the northing to ½°.</param>
    /// <returns>The position in EPSG:326zz (north) or 327zz (south): X = easting, Y = northing, in metres; or the error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<ReferencedCoordinate> ParseUtm(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return UtmTextParser.Parse(text);
    }

    /// <summary>
    /// Reads a Pulkovo 1942 Gauss–Krüger rectangular position (SK-42): <c>X=4430293 Y=8664944</c>, <c>Х=4430293, У=8664944</c>,
    /// or unlabelled <c>8664944 4430293</c> in either order.
    /// </summary>
    /// <param name="text">The text, in metres. X is the northing and Y the easting with the zone number prefixed, as on Soviet
    /// maps and records; the zone (8 or 9) is read from that prefix. Unlabelled, the easting is the number starting with it.</param>
    /// <returns>The position in EPSG:28408 or 28409: X = easting with the zone prefix, Y = northing, in metres; or the error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<ReferencedCoordinate> ParseGaussKruger(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return GaussKrugerTextParser.Parse(text);
    }

    /// <summary>
    /// Reads an MGRS grid reference on WGS 84 with 1 to 5 digits each of easting and northing: <c>38SPK 64506 28547</c>,
    /// <c>38SPK6450628547</c>, <c>38SPK 645 285</c>. Polar (UPS) references are not supported.
    /// </summary>
    /// <param name="text">The text; letters in either case, blanks optional.</param>
    /// <returns>The centre of the named square in EPSG:326zz or 327zz: X = easting, Y = northing, in metres; or the error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<ReferencedCoordinate> ParseMgrs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MgrsTextParser.Parse(text);
    }

    /// <summary>Reads a position written in a given format, keeping the CRS it was written in.</summary>
    /// <param name="text">The text.</param>
    /// <param name="format">The format the text is written in.</param>
    /// <param name="geographicCrs">For degrees, the geographic CRS they refer to: WGS 84 (the default) or Pulkovo 1942, as
    /// on Soviet maps. Ignored by the grid formats, which name their CRS.</param>
    /// <returns>The position, X = longitude or easting, Y = latitude or northing; or the error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="geographicCrs"/> is not geographic.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static ParseResult<ReferencedCoordinate> Parse(
        string text, CoordinateFormat format, CoordinateReferenceSystem? geographicCrs = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        geographicCrs ??= CoordinateReferenceSystem.Wgs84;
        if (!geographicCrs.IsGeographic)
        {
            throw new ArgumentException($"{geographicCrs} is not a geographic CRS.", nameof(geographicCrs));
        }

        return format switch
        {
            CoordinateFormat.DecimalDegrees => Referenced(GeographicTextParser.Parse(text, 1), geographicCrs),
            CoordinateFormat.DegreesMinutesSeconds => Referenced(GeographicTextParser.Parse(text, 3), geographicCrs),
            CoordinateFormat.Utm => UtmTextParser.Parse(text),
            CoordinateFormat.GaussKruger => GaussKrugerTextParser.Parse(text),
            CoordinateFormat.Mgrs => MgrsTextParser.Parse(text),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a coordinate format."),
        };
    }

    private static ParseResult<LonLat> ParseGeographic(string text, int maxComponents)
    {
        ArgumentNullException.ThrowIfNull(text);
        return GeographicTextParser.Parse(text, maxComponents).Select(v => new LonLat(v.Longitude, v.Latitude));
    }

    private static ParseResult<ReferencedCoordinate> Referenced(
        ParseResult<(double Longitude, double Latitude)> result, CoordinateReferenceSystem crs) =>
        result.Select(v => new ReferencedCoordinate(crs, v.Longitude, v.Latitude));
}
