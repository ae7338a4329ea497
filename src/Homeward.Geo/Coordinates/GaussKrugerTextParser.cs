using Homeward.Geo.Crs;

namespace Homeward.Geo.Coordinates;

/// <summary>
/// Reads a Pulkovo 1942 Gauss–Krüger rectangular position as Soviet records write it: X is the northing, Y the easting with
/// the zone number in front (Y = 8 664 944 is zone 8, 164 944 m east of the central meridian's 500 000 m), both in metres.
/// Labelled, in either order: <c>X=4430293 Y=8664944</c> (also <c>X:</c>, or the Cyrillic Х and У). Unlabelled:
/// <c>8664944 4430293</c> or <c>4430293 8664944</c>; the easting is the number with the zone prefix 8 or 9.
/// </summary>
internal static class GaussKrugerTextParser
{
    private const string YExpected = "an easting (Y) with its zone prefix, 8 or 9 and six digits, such as 8664944";
    private const string XExpected = "a northing (X) between 0 and 10 000 000 m";

    public static ParseResult<ReferencedCoordinate> Parse(string text)
    {
        var error = CoordinateTokenizer.Tokenize(text, "digits, or the label X or Y", out var tokens);
        if (error is not null)
        {
            return Fail(error);
        }

        var reader = new TokenReader(text, tokens);
        CoordinateToken x;
        CoordinateToken y;
        if (reader.Peek is { Kind: CoordinateTokenKind.Letter })
        {
            if (ReadLabelled(reader, out x, out y) is { } labelError)
            {
                return Fail(labelError);
            }
        }
        else if (ReadPlain(reader, out x, out y) is { } plainError)
        {
            return Fail(plainError);
        }

        if (!reader.AtEnd)
        {
            return Fail(reader.Expected("the end of the text"));
        }

        var easting = CoordinateTokenizer.ValueOf(y);
        var northing = CoordinateTokenizer.ValueOf(x);
        if (y.HasSign || easting is < 1_000_000 or >= 100_000_000)
        {
            return Fail(reader.Expected(y, YExpected));
        }

        var zone = (int)Math.Floor(easting / 1_000_000);

        if (zone is not (8 or 9))
        {
            return Fail(reader.Expected(y, $"Gauss–Krüger zone 8 or 9 as the easting's prefix (zone {zone} is not supported)"));
        }

        if (x.HasSign || northing is <= 0 or >= 10_000_000)
        {
            return Fail(reader.Expected(x, XExpected));
        }

        var crs = CoordinateReferenceSystem.GaussKruger(zone);
        return ParseResult<ReferencedCoordinate>.ForValue(new ReferencedCoordinate(crs, easting, northing));
    }

    private static CoordinateParseError? ReadLabelled(TokenReader reader, out CoordinateToken x, out CoordinateToken y)
    {
        x = y = default;
        for (var pair = 0; pair < 2; pair++)
        {
            if (pair == 1)
            {
                reader.Skip(CoordinateTokenKind.Separator);
            }

            var position = reader.Position;
            if (!reader.TryRead(CoordinateTokenKind.Letter, out var label) || label.Letter is not ('X' or 'Y'))
            {
                return reader.Expected(position, pair == 0 ? "the label X or Y" : $"the label {(x.Text is null ? 'X' : 'Y')}");
            }

            if ((label.Letter == 'X' ? x : y).Text is not null)
            {
                return reader.Expected(label, $"the label {(label.Letter == 'X' ? 'Y' : 'X')}, as {label.Letter} is already given");
            }

            reader.Skip(CoordinateTokenKind.Assignment);
            if (!reader.TryRead(CoordinateTokenKind.Number, out var value))
            {
                return reader.Expected(label.Letter == 'X' ? XExpected : YExpected);
            }

            (label.Letter == 'X' ? ref x : ref y) = value;
        }

        return null;
    }

    private static CoordinateParseError? ReadPlain(TokenReader reader, out CoordinateToken x, out CoordinateToken y)
    {
        x = y = default;
        if (!reader.TryRead(CoordinateTokenKind.Number, out var first))
        {
            return reader.Expected("X= and Y=, or two numbers: the northing and the zone-prefixed easting");
        }

        reader.Skip(CoordinateTokenKind.Separator);
        if (!reader.TryRead(CoordinateTokenKind.Number, out var second))
        {
            return reader.Expected("a second number: the northing and the zone-prefixed easting are both needed");
        }

        // The easting carries the zone prefix, so in zones 8 and 9 it is 8 000 000 to 9 999 999; northings stay below
        // 8 000 000 south of 72°N, so the two can be told apart in any order.
        var firstIsEasting = LooksLikeEasting(first);
        var secondIsEasting = LooksLikeEasting(second);
        if (firstIsEasting == secondIsEasting)
        {
            return firstIsEasting
                ? reader.Expected(first, "the labels X= and Y=, as both numbers could be the zone-prefixed easting")
                : reader.Expected(first, YExpected + ", as one of the two numbers");
        }

        (x, y) = firstIsEasting ? (second, first) : (first, second);
        return null;
    }

    private static bool LooksLikeEasting(CoordinateToken number) =>
        !number.HasSign && CoordinateTokenizer.ValueOf(number) is >= 8_000_000 and < 10_000_000;

    private static ParseResult<ReferencedCoordinate> Fail(CoordinateParseError error) => ParseResult<ReferencedCoordinate>.ForError(error);
}
