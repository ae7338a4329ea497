using System.Globalization;
using Homeward.Geo.Crs;

namespace Homeward.Geo.Coordinates;

/// <summary>
/// Reads an MGRS grid reference on WGS 84: zone, latitude band, 100 km square, then 1 to 5 digits each of easting and
/// northing, with or without blanks: <c>38SPK 64506 28547</c>, <c>38SPK6450628547</c>, <c>38S PK 645 285</c>. The result is the
/// centre of the square the digits name (±0.5 m at 5 digits, ±5 km at 1), as a WGS 84 / UTM position.
/// </summary>
internal static class MgrsTextParser
{
    public static ParseResult<ReferencedCoordinate> Parse(string text)
    {
        var error = CoordinateTokenizer.Tokenize(text, "digits or letters of a grid reference such as 38SPK 64506 28547", out var tokens);
        if (error is not null)
        {
            return Fail(error);
        }

        var reader = new TokenReader(text, tokens);
        var position = reader.Position;
        if (!reader.TryRead(CoordinateTokenKind.Number, out var zoneToken) || !zoneToken.IsDigits
            || CoordinateTokenizer.ValueOf(zoneToken) is < 1 or > 60)
        {
            return Fail(reader.Expected(position, "a UTM zone from 1 to 60, such as 38SPK 64506 28547"));
        }

        var zone = (int)CoordinateTokenizer.ValueOf(zoneToken);
        position = reader.Position;
        if (!reader.TryRead(CoordinateTokenKind.Letter, out var bandToken)
            || !UtmGrid.BandLetters.Contains(bandToken.Letter, StringComparison.Ordinal))
        {
            return Fail(reader.Expected(position, bandToken.Text is not null && bandToken.Letter is 'A' or 'B' or 'Y' or 'Z'
                ? "a latitude band from C to X (the polar bands A, B, Y and Z are not supported)"
                : "a latitude band letter (C to X, not I or O)"));
        }

        position = reader.Position;
        if (!reader.TryRead(CoordinateTokenKind.Letter, out var columnToken)
            || MgrsGrid.ColumnEasting(zone, columnToken.Letter) is not { } squareEasting)
        {
            var letters = MgrsGrid.ColumnLetters(zone);
            return Fail(reader.Expected(position, string.Create(CultureInfo.InvariantCulture,
                $"a 100 km column letter of zone {zone} ({letters[0]} to {letters[^1]})")));
        }

        position = reader.Position;
        if (!reader.TryRead(CoordinateTokenKind.Letter, out var rowToken)
            || MgrsGrid.RowNorthing(zone, rowToken.Letter) is not { } squareNorthing)
        {
            return Fail(reader.Expected(position, "a 100 km row letter (A to V, not I or O)"));
        }

        if (ReadDigits(reader, out var easting, out var northing, out var digits) is { } digitsError)
        {
            return Fail(digitsError);
        }

        // The centre of the square the digits name.
        var unit = Math.Pow(10, 5 - digits);
        var band = bandToken.Letter;
        var fullNorthing = MgrsGrid.ResolveNorthing(squareNorthing + northing * unit, band) + unit / 2;
        if (UtmTextParser.CheckBand(reader, band, rowToken, fullNorthing) is { } bandError)
        {
            return Fail(bandError with
            {
                Expected = string.Create(CultureInfo.InvariantCulture,
                    $"a row letter that falls in band {band} ({UtmGrid.BandSouth(band)}° to {UtmGrid.BandNorth(band)}°)"),
            });
        }

        var crs = CoordinateReferenceSystem.Utm(zone, north: !UtmGrid.IsSouthern(band));
        var fullEasting = squareEasting + easting * unit + unit / 2;
        return ParseResult<ReferencedCoordinate>.ForValue(new ReferencedCoordinate(crs, fullEasting, fullNorthing));
    }

    private static CoordinateParseError? ReadDigits(TokenReader reader, out long easting, out long northing, out int digits)
    {
        easting = northing = digits = 0;
        var position = reader.Position;
        if (!reader.TryRead(CoordinateTokenKind.Number, out var first) || !first.IsDigits)
        {
            return reader.Expected(position, "the easting and northing digits, 1 to 5 of each");
        }

        string eastingDigits;
        string northingDigits;
        position = reader.Position;
        if (reader.TryRead(CoordinateTokenKind.Number, out var second))
        {
            if (!second.IsDigits || second.Text.Length != first.Text.Length)
            {
                return reader.Expected(position, string.Create(CultureInfo.InvariantCulture,
                    $"{first.Text.Length} northing digits, as many as the easting's"));
            }

            (eastingDigits, northingDigits) = (first.Text, second.Text);
        }
        else
        {
            if (first.Text.Length % 2 != 0)
            {
                return reader.Expected(first, "an even number of digits: the easting's, then as many of the northing's");
            }

            (eastingDigits, northingDigits) = (first.Text[..(first.Text.Length / 2)], first.Text[(first.Text.Length / 2)..]);
        }

        if (eastingDigits.Length > 5)
        {
            return reader.Expected(first, "at most 5 digits each for easting and northing");
        }

        if (!reader.AtEnd)
        {
            return reader.Expected("the end of the text after the northing digits");
        }

        digits = eastingDigits.Length;
        easting = long.Parse(eastingDigits, CultureInfo.InvariantCulture);
        northing = long.Parse(northingDigits, CultureInfo.InvariantCulture);
        return null;
    }

    private static ParseResult<ReferencedCoordinate> Fail(CoordinateParseError error) => ParseResult<ReferencedCoordinate>.ForError(error);
}
