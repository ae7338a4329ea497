using Homeward.Domain;

namespace Homeward.Exchange.Forms;

/// <summary>The languages of Homeward's forms as XLSForm names them in column headers (<c>label::English (en)</c>).</summary>
public static class XlsFormLanguages
{
    /// <summary>The language names with their two-letter codes, English (the default) first.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("en", "English (en)"),
        ("az", "Azərbaycan (az)"),
        ("ru", "Русский (ru)"),
    ];

    /// <summary>The column headers of a translated column: <c>label::English (en)</c>, <c>label::Azərbaycan (az)</c>, ...</summary>
    /// <param name="column">The column, <c>label</c>, <c>hint</c> or <c>constraint_message</c>.</param>
    /// <returns>The headers, in the order of <see cref="All"/>.</returns>
    public static IEnumerable<string> Columns(string column) => All.Select(l => $"{column}::{l.Name}");

    /// <summary>The text in each language, in the order of <see cref="All"/>; empty strings for <see langword="null"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The cells.</returns>
    public static IEnumerable<string> Cells(LocalizedText? text) => All.Select(l => text is null ? string.Empty : text.In(l.Code));
}
