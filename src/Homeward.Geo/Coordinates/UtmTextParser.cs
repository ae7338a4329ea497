using System.Globalization;
using Homeward.Geo.Crs;

namespace Homeward.Geo.Coordinates;

/// <summary>
/// Reads a WGS 84 / UTM position: zone, latitude band letter (C to X, as GPS receivers show it) or N for the northern
/// hemisphere, easting, northing, in metres: <c>38S 664506 4428547</c>, <c>38N 664506 4428547</c>, <c>38T 664506 4428547</c>.
/// </summary>
/// <remarks>
/// The letter after the zone is a latitude band, so <c>S</c> is band S (32°N–40°N), not "south": southern-hemisphere positions
/// are written with their band, C to M. A band letter other than N must agree with the northing to within half a degree
/// of latitude; that check catches the "S means south" reading, which would put a Karabakh point near 50°S.
/// </remarks>
internal static class UtmTextParser
{
    private const double BandSlackDegrees = 0.5;

    public static ParseResult<ReferencedCoordinate> Parse(string text)
    {
        var error = CoordinateTokenizer.Tokenize(text, "digits or a band letter", out var tokens);
        if (error is not null)
        {
            return ParseResult<ReferencedCoordinate>.ForError(error);
        }

        var reader = new TokenReader(text, tokens);
        if (!reader.TryRead(CoordinateTokenKind.Number, out var zoneToken) || !zoneToken.IsDigits
            || CoordinateTokenizer.ValueOf(zoneToken) is < 1 or > 60)
        {
            return Fail(reader.Expected(zoneToken.Text is null ? reader.Position : zoneToken.Start,
                "a UTM zone from 1 to 60, such as 38S 664506 4428547"));
        }

        if (!reader.TryRead(CoordinateTokenKind.Letter, out var bandToken)
            || !UtmGrid.BandLetters.Contains(bandToken.Letter, StringComparison.Ordinal))
        {
            return Fail(bandToken.Text is null
                ? reader.Expected("a latitude band letter (C to X) after the zone")
                : reader.Expected(bandToken, "a latitude band letter (C to X, not I or O)"));
        }

        var zone = (int)CoordinateTokenizer.ValueOf(zoneToken);
        var band = bandToken.Letter;
        reader.Skip(CoordinateTokenKind.Separator);
        if (!reader.TryRead(CoordinateTokenKind.Number, out var eastingToken) || eastingToken.HasSign
            || CoordinateTokenizer.ValueOf(eastingToken) is <= 0 or >= 1_000_000)
        {
            return Fail(reader.Expected(eastingToken.Text is null ? reader.Position : eastingToken.Start,
                "an easting between 0 and 1 000 000 m"));
        }

        reader.Skip(CoordinateTokenKind.Separator);
        if (!reader.TryRead(CoordinateTokenKind.Number, out var northingToken) || northingToken.HasSign
            || CoordinateTokenizer.ValueOf(northingToken) > 10_000_000)
        {
            return Fail(reader.Expected(northingToken.Text is null ? reader.Position : northingToken.Start,
                "a northing between 0 and 10 000 000 m"));
        }

        if (!reader.AtEnd)
        {
            return Fail(reader.Expected("the end of the text after the northing"));
        }

        var north = !UtmGrid.IsSouthern(band);
        var northing = CoordinateTokenizer.ValueOf(northingToken);
        if (band != 'N' && CheckBand(reader, band, bandToken, northing) is { } bandError)
        {
            return Fail(bandError);
        }

        var crs = CoordinateReferenceSystem.Utm(zone, north);
        var easting = CoordinateTokenizer.ValueOf(eastingToken);
        return ParseResult<ReferencedCoordinate>.ForValue(new ReferencedCoordinate(crs, easting, northing));
    }

    /// <summary>An error if the northing lies clearly outside the band, more than <see cref="BandSlackDegrees"/> beyond it.</summary>
    internal static CoordinateParseError? CheckBand(TokenReader reader, char letter, CoordinateToken at, double northing)
    {
        var latitude = UtmGrid.FootpointLatitude(northing, !UtmGrid.IsSouthern(letter));
        if (latitude >= UtmGrid.BandSouth(letter) - BandSlackDegrees && latitude <= UtmGrid.BandNorth(letter) + BandSlackDegrees)
        {
            return null;
        }

        var band = latitude is >= -80 and <= 84 ? string.Create(CultureInfo.InvariantCulture, $"band {UtmGrid.BandOf(latitude)}; ") : "";
        return reader.Expected(at, string.Create(CultureInfo.InvariantCulture,
            $"a band letter that agrees with the northing, about {Math.Abs(latitude):0.#}°{(latitude < 0 ? 'S' : 'N')} "
            + $"({band}the southern hemisphere's bands are C to M)"));
    }

    private static ParseResult<ReferencedCoordinate> Fail(CoordinateParseError error) => ParseResult<ReferencedCoordinate>.ForError(error);
}
