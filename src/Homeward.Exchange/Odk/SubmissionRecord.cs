namespace Homeward.Exchange.Odk;

/// <summary>
/// The answers of one submission, or of one entry of a repeat, by field name (groups flattened away: the names of
/// Homeward's forms are unique in each form). Values are in ODK's text encoding: dates <c>yyyy-MM-dd</c>, geopoints
/// <c>lat lon alt acc</c>, geotraces and geoshapes <c>;</c>-separated geopoints, choices by name (several separated by spaces).
/// </summary>
/// <param name="Path">Where the record is, for messages: the instance ID, then <c>/repeat[n]</c> for a repeat's entries.</param>
/// <param name="Values">The answers by field name; empty answers are left out.</param>
/// <param name="Repeats">The entries of each repeat by the repeat's name.</param>
public sealed record SubmissionRecord(
    string Path,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, IReadOnlyList<SubmissionRecord>> Repeats)
{
    /// <summary>The answer to <paramref name="field"/>, trimmed, or <see langword="null"/> when empty or absent.</summary>
    /// <param name="field">The field name.</param>
    /// <returns>The text.</returns>
    public string? this[string field] => Values.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>The entries of a repeat, empty when none.</summary>
    /// <param name="repeat">The repeat's name.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<SubmissionRecord> Entries(string repeat) => Repeats.TryGetValue(repeat, out var list) ? list : [];
}
