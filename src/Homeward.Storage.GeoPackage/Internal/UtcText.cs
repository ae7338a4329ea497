using System.Globalization;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// Instants as stored: UTC, ISO 8601 with seven fractional digits and a <c>Z</c>, fixed width, so that comparing
/// the texts orders the instants. Written instants are truncated to whole microseconds (the last digit is always 0), as
/// the store contract keeps them (<see cref="Homeward.Domain.Storage.IHomewardStore"/>); files written before that are
/// read as they are.
/// </summary>
internal static class UtcText
{
    private const string Pattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    /// <summary>The text of an instant, truncated to the microsecond.</summary>
    /// <param name="instant">The instant, in any offset.</param>
    /// <returns>The UTC text.</returns>
    public static string Of(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond)).ToString(Pattern, CultureInfo.InvariantCulture);
    }

    /// <summary>The instant of a stored text.</summary>
    /// <param name="text">The text written by <see cref="Of"/>.</param>
    /// <returns>The instant, with offset zero.</returns>
    public static DateTimeOffset Parse(string text) => new(
        DateTime.ParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        TimeSpan.Zero);

    /// <summary>The instant of a stored text, or <see langword="null"/>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The instant, or <see langword="null"/>.</returns>
    public static DateTimeOffset? ParseOrNull(string? text) => text is null ? null : Parse(text);
}
