using System.Globalization;

namespace Homeward.Cli;

/// <summary>Reads the <c>--as-of</c> option: a day (meaning the end of that day, UTC) or an ISO 8601 instant.</summary>
internal static class AsOf
{
    public static bool TryParse(string? text, out DateTimeOffset? instant, out string? error)
    {
        instant = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // "As it was on 2023-01-01" includes everything recorded that day.
            instant = new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            instant = at;
            return true;
        }

        error = $"--as-of '{text}' is not a date (yyyy-MM-dd) or an ISO 8601 instant.";
        return false;
    }
}
