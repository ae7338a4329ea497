using K = Homeward.Geo.Coordinates.CoordinateTokenKind;

namespace Homeward.Geo.Coordinates;

/// <summary>
/// Reads a latitude and a longitude written in decimal degrees, degrees and decimal minutes, or degrees, minutes and
/// seconds. Hemisphere letters (N, S, E, W, before or after the number) fix which angle is which; without them the order is
/// latitude, then longitude. The two angles are separated by a comma or semicolon, by hemisphere letters or degree signs, or,
/// when nothing else marks the boundary, by splitting the numbers into two equal halves.
/// </summary>
internal static class GeographicTextParser
{
    private const string Start = "a latitude and a longitude, such as 39.9911, 46.9269 or 39°59'28\"N 46°55'37\"E";
    private const string Token = "a number, a hemisphere letter (N, S, E, W), a degree, minute or second sign, or a comma";

    private enum Axis
    {
        Unknown,
        Latitude,
        Longitude,
    }

    /// <summary>Reads the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxComponents">1 for decimal degrees only; 3 to allow minutes and seconds.</param>
    /// <returns>Longitude and latitude in degrees, or the error.</returns>
    public static ParseResult<(double Longitude, double Latitude)> Parse(string text, int maxComponents)
    {
        var error = CoordinateTokenizer.Tokenize(text, Token, out var tokens);
        if (error is null && tokens.Count == 0)
        {
            error = new CoordinateParseError(text, 0, Start);
        }

        var split = 0;
        var secondStart = 0;
        error ??= FindBoundary(text, tokens, out split, out secondStart);
        Angle first = default;
        Angle second = default;
        error ??= ParseAngle(text, tokens, 0, split, maxComponents, out first);
        error ??= ParseAngle(text, tokens, secondStart, tokens.Count, maxComponents, out second);
        if (error is not null)
        {
            return ParseResult<(double, double)>.ForError(error);
        }

        if (first.Axis != Axis.Unknown && first.Axis == second.Axis)
        {
            return Fail(text, second.HemispherePosition, first.Axis == Axis.Latitude
                ? "a longitude (E or W) after a latitude"
                : "a latitude (N or S) after a longitude");
        }

        var (latitude, longitude) = first.Axis == Axis.Longitude || second.Axis == Axis.Latitude ? (second, first) : (first, second);
        if (Math.Abs(latitude.Degrees) > 90)
        {
            return Fail(text, latitude.Position, "a latitude of at most 90°");
        }

        if (Math.Abs(longitude.Degrees) > 180)
        {
            return Fail(text, longitude.Position, "a longitude of at most 180°");
        }

        return ParseResult<(double, double)>.ForValue((longitude.Degrees, latitude.Degrees));
    }

    private static CoordinateParseError? FindBoundary(string text, List<CoordinateToken> tokens, out int split, out int secondStart)
    {
        split = secondStart = -1;
        var separators = Indexes(tokens, t => t.Is(K.Separator));
        if (separators.Count > 1)
        {
            return new CoordinateParseError(
                text, tokens[separators[1]].Start, "only one comma or semicolon, between latitude and longitude (decimals take a dot)");
        }

        if (separators.Count == 1)
        {
            split = separators[0];
            secondStart = split + 1;
            return null;
        }

        var letters = Indexes(tokens, t => t.Is(K.Letter));
        if (letters.Count > 0)
        {
            if (letters[0] == 0 && letters.Count > 1)
            {
                // Letters before the numbers: "N39.9911 E46.9269".
                split = secondStart = letters[1];
                return null;
            }

            if (letters[0] > 0 && letters[0] < tokens.Count - 1)
            {
                // Letters after the numbers: "39.9911N 46.9269E".
                split = secondStart = letters[0] + 1;
                return null;
            }
        }

        var numbers = Indexes(tokens, t => t.Is(K.Number));
        var degreeMarked = numbers.Where(n => n + 1 < tokens.Count && tokens[n + 1].Is(K.DegreeSign)).ToList();
        if (degreeMarked.Count >= 2)
        {
            split = secondStart = degreeMarked[1];
            return null;
        }

        if (numbers.Count == 0)
        {
            // No number at all: reading the whole text as the first angle reports what is missing where.
            split = secondStart = tokens.Count;
            return null;
        }

        if (numbers.Count % 2 != 0)
        {
            return new CoordinateParseError(text, numbers.Count == 1 ? text.Length : tokens[numbers[numbers.Count / 2]].Start,
                numbers.Count == 1 ? "a longitude after the latitude" : "a comma between latitude and longitude, or hemisphere letters");
        }

        split = secondStart = numbers[numbers.Count / 2];
        return null;
    }

    private static CoordinateParseError? ParseAngle(
        string text, List<CoordinateToken> tokens, int from, int to, int maxComponents, out Angle angle)
    {
        angle = default;
        var i = from;
        var position = from < tokens.Count ? tokens[from].Start : text.Length;
        char? hemisphere = null;
        var hemispherePosition = -1;
        if (i < to && tokens[i].Is(K.Letter))
        {
            (hemisphere, hemispherePosition) = (tokens[i].Letter, tokens[i].Start);
            i++;
        }

        var components = new List<CoordinateToken>(3);
        while (i < to && tokens[i].Is(K.Number))
        {
            if (components.Count == maxComponents)
            {
                return Error(text, tokens[i], maxComponents == 1
                    ? "one decimal number of degrees per angle (minutes and seconds need the degrees-minutes-seconds format)"
                    : "a hemisphere letter or a comma after the seconds");
            }

            components.Add(tokens[i]);
            i++;
            if (i < to && tokens[i].Kind is K.DegreeSign or K.MinuteSign or K.SecondSign)
            {
                var (expectedSign, expected) = components.Count switch
                {
                    1 => (K.DegreeSign, "a degree sign (°) after the degrees"),
                    2 => (K.MinuteSign, "a minute sign (') after the minutes"),
                    _ => (K.SecondSign, "a second sign (\") after the seconds"),
                };
                if (!tokens[i].Is(expectedSign))
                {
                    return Error(text, tokens[i], expected);
                }

                i++;
            }
        }

        if (components.Count == 0)
        {
            return new CoordinateParseError(text, i < tokens.Count ? tokens[i].Start : text.Length,
                hemisphere is null && i == from ? "a number of degrees or a hemisphere letter" : "a number of degrees");
        }

        if (hemisphere is null && i < to && tokens[i].Is(K.Letter))
        {
            (hemisphere, hemispherePosition) = (tokens[i].Letter, tokens[i].Start);
            i++;
        }

        if (i < to)
        {
            return Error(text, tokens[i], hemisphere is null
                ? "a hemisphere letter (N, S, E or W) or a comma"
                : "the end of the angle after its hemisphere letter");
        }

        return Validate(text, components, hemisphere, hemispherePosition, position, out angle);
    }

    private static CoordinateParseError? Validate(
        string text, List<CoordinateToken> components, char? hemisphere, int hemispherePosition, int position, out Angle angle)
    {
        angle = default;
        if (hemisphere is not null && "NSEW".IndexOf(hemisphere.Value, StringComparison.Ordinal) < 0)
        {
            return new CoordinateParseError(text, hemispherePosition, "a hemisphere letter (N, S, E or W)");
        }

        var degrees = components[0];
        if (hemisphere is not null && degrees.HasSign)
        {
            return Error(text, degrees, "degrees without a sign, as the hemisphere letter gives it");
        }

        string[] names = ["degrees", "minutes", "seconds"];
        for (var c = 1; c < components.Count; c++)
        {
            if (components[c].HasSign)
            {
                return Error(text, components[c], names[c] + " without a sign");
            }

            if (components[c - 1].HasFraction)
            {
                return Error(text, components[c - 1], $"whole {names[c - 1]} before the {names[c]}");
            }

            if (CoordinateTokenizer.ValueOf(components[c]) >= 60)
            {
                return Error(text, components[c], names[c] + " below 60");
            }
        }

        var value = Math.Abs(CoordinateTokenizer.ValueOf(degrees));
        for (var c = 1; c < components.Count; c++)
        {
            value += CoordinateTokenizer.ValueOf(components[c]) / Math.Pow(60, c);
        }

        var negative = degrees.Text.StartsWith('-') || hemisphere is 'S' or 'W';
        var axis = hemisphere switch
        {
            'N' or 'S' => Axis.Latitude,
            'E' or 'W' => Axis.Longitude,
            _ => Axis.Unknown,
        };
        angle = new Angle(negative ? -value : value, axis, position, hemispherePosition);
        return null;
    }

    private static List<int> Indexes(List<CoordinateToken> tokens, Func<CoordinateToken, bool> predicate) =>
        [.. Enumerable.Range(0, tokens.Count).Where(i => predicate(tokens[i]))];

    private static CoordinateParseError Error(string text, CoordinateToken token, string expected) => new(text, token.Start, expected);

    private static ParseResult<(double, double)> Fail(string text, int position, string expected) =>
        ParseResult<(double, double)>.ForError(new CoordinateParseError(text, position, expected));

    private readonly record struct Angle(double Degrees, Axis Axis, int Position, int HemispherePosition);
}
