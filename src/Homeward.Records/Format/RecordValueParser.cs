using System.Globalization;
using System.Text.RegularExpressions;
using Homeward.Records.Units;

namespace Homeward.Records.Format;

/// <summary>Reads the values of a record written as text: bearings (<c>15-50</c>, <c>1230</c>, <c>93°30'</c>), distances and dates.</summary>
internal static partial class RecordValueParser
{
    /// <summary>
    /// Reads a bearing text. The unit is only fixed here for DMS text (degrees); the "XX-YY" notation is remembered, as it says
    /// 6000 mils when the record names no unit.
    /// </summary>
    public static (RecordBearing? Bearing, string? Problem) ParseBearing(string text)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return (null, "a bearing is empty; write a number such as 1230, 93.5 or 15-50.");
        }

        var pair = PairNotation().Match(t);
        if (pair.Success)
        {
            var big = int.Parse(pair.Groups[1].Value, CultureInfo.InvariantCulture);
            var small = int.Parse(pair.Groups[2].Value, CultureInfo.InvariantCulture);
            return big > 60 || (big == 60 && small > 0)
                ? (null, "in the 'XX-YY' notation of 6000 mils the first pair goes from 00 to 59 (60-00 is the full circle).")
                : (new RecordBearing(text, big * 100 + small, null, null, IsPairNotation: true), null);
        }

        var dms = Dms().Match(t);
        if (dms.Success && (dms.Groups[2].Success || t.Contains('°', StringComparison.Ordinal)))
        {
            var degrees = double.Parse(dms.Groups[1].Value, CultureInfo.InvariantCulture);
            var minutes = dms.Groups[2].Success ? double.Parse(dms.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            var seconds = dms.Groups[3].Success ? double.Parse(dms.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            return minutes >= 60 || seconds >= 60
                ? (null, "minutes and seconds must be below 60.")
                : (new RecordBearing(text, degrees + minutes / 60 + seconds / 3600, AngleUnit.Degree, null, false), null);
        }

        if (double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (new RecordBearing(text, value, null, null, false), null);
        }

        return (null, Explain(t, "a bearing: a number such as 1230 or 93.5, 'XX-YY' such as 15-50, or degrees such as 93°30'"));
    }

    /// <summary>Reads a distance text: a number, optionally followed by <c>m</c>.</summary>
    public static (double Value, string? Problem) ParseDistance(string text)
    {
        var t = text.Trim();
        if (t.EndsWith('m'))
        {
            t = t[..^1].TrimEnd();
        }

        return double.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (double.NaN, Explain(t, "a distance: a number such as 85.5"));
    }

    /// <summary>Reads a date, a month (<c>1994-05</c>), a year (<c>1994</c>) or a range (<c>1993-06-01/1993-06-30</c>) as its first and last day.</summary>
    public static (DateOnly From, DateOnly To, string? Problem) ParseDate(string text)
    {
        var parts = text.Trim().Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length > 2)
        {
            return (default, default, "write a date as 1994-05-12, 1994-05, 1994 or a range 1993-06-01/1993-06-30.");
        }

        var first = Day(parts[0], last: false);
        var second = Day(parts[^1], last: true);
        if (first is null || second is null)
        {
            return (default, default, "write a date as 1994-05-12, 1994-05, 1994 or a range 1993-06-01/1993-06-30.");
        }

        return first > second ? (default, default, "the range ends before it starts.") : (first.Value, second.Value, null);

        static DateOnly? Day(string s, bool last)
        {
            string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
            if (!DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return null;
            }

            return !last ? d : s.Length switch
            {
                4 => new DateOnly(d.Year, 12, 31),
                7 => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)),
                _ => d,
            };
        }
    }

    /// <summary>Says which character stops a number from being read, and names the usual mistakes (O for 0, l for 1, a comma).</summary>
    private static string Explain(string text, string expected)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || c is '.' or '-' or '°' or '\'' or '"' or ' ' or '′' or '″' or '–')
            {
                continue;
            }

            var hint = c switch
            {
                'O' or 'o' or 'О' or 'о' => $" (the letter {c} where a zero was meant?)",
                'l' or 'I' => $" (the letter {c} where a one was meant?)",
                ',' => " (write decimals with a dot)",
                _ => string.Empty,
            };
            return string.Create(CultureInfo.InvariantCulture, $"'{c}' at position {i + 1} is not part of a number{hint}; expected {expected}.");
        }

        return $"not {expected}.";
    }

    [GeneratedRegex(@"^(\d{1,2})\s*[-–]\s*(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex PairNotation();

    [GeneratedRegex("""^(\d+(?:\.\d+)?)\s*°?\s*(?:(\d+(?:\.\d+)?)\s*['′]\s*(?:(\d+(?:\.\d+)?)\s*["″])?)?$""", RegexOptions.CultureInvariant)]
    private static partial Regex Dms();
}
