using System.Globalization;

namespace Homeward.Geo.Coordinates;

/// <summary>Splits a coordinate text into tokens; blanks separate tokens and are otherwise ignored.</summary>
internal static class CoordinateTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="expected">What the format expects, for the error on a character no token can start with.</param>
    /// <param name="tokens">The tokens, in order.</param>
    /// <returns>The error, or <see langword="null"/> if every character belongs to a token or is blank.</returns>
    public static CoordinateParseError? Tokenize(string text, string expected, out List<CoordinateToken> tokens)
    {
        tokens = [];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c) || (c is '+' or '-' or '−' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i += 2;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                // The typographic minus (U+2212) reads as an ASCII one.
                tokens.Add(new(CoordinateTokenKind.Number, start, text[start..i].Replace('−', '-')));
                continue;
            }

            var kind = c switch
            {
                '°' or 'º' or '˚' => CoordinateTokenKind.DegreeSign, // Before letters: º (U+00BA) is a letter to .NET.
                _ when char.IsLetter(c) => CoordinateTokenKind.Letter,
                _ when IsMinuteMark(c) && i + 1 < text.Length && IsMinuteMark(text[i + 1]) => CoordinateTokenKind.SecondSign,
                _ when IsMinuteMark(c) => CoordinateTokenKind.MinuteSign,
                '"' or '″' or '”' => CoordinateTokenKind.SecondSign,
                ',' or ';' => CoordinateTokenKind.Separator,
                '=' or ':' => CoordinateTokenKind.Assignment,
                _ => (CoordinateTokenKind?)null,
            };
            if (kind is null)
            {
                return new CoordinateParseError(text, i, expected);
            }

            i += kind == CoordinateTokenKind.SecondSign && text[i] is not ('"' or '″' or '”') ? 2 : 1;
            tokens.Add(new(kind.Value, start, text[start..i]));
        }

        return null;
    }

    /// <summary>The value of a number token.</summary>
    public static double ValueOf(CoordinateToken number) =>
        double.Parse(number.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static bool IsMinuteMark(char c) => c is '\'' or '′' or '’' or '´';
}
