using System.Globalization;

namespace Homeward.Records;

/// <summary>Messages built with invariant formatting: numbers in records and flags always use a dot for decimals.</summary>
internal static class Invariant
{
    /// <summary>Formats and joins the parts of a message (several parts keep long messages readable in the source).</summary>
    public static string Text(params FormattableString[] parts) => string.Concat(parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
