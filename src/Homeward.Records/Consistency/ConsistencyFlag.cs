namespace Homeward.Records.Consistency;

/// <summary>One place where a record contradicts itself or leaves something open (spec section 5.3, codes F01–F17).</summary>
/// <param name="Code">The code, <c>F01</c> to <c>F17</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Subject">What it is about: a point, leg or row id, or <c>record</c>.</param>
/// <param name="Message">What was found, with the numbers, in plain words.</param>
/// <param name="Value">The measured value the check compares (metres, degrees or a ratio, as the message says), if any.</param>
/// <param name="Tolerance">The tolerance it was compared with, if any.</param>
public sealed record ConsistencyFlag(string Code, FlagSeverity Severity, string Subject, string Message, double? Value = null, double? Tolerance = null)
{
    /// <summary>The flag in one line: <c>F05 warning (row 2): ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Severity.ToString().ToLowerInvariant()} ({Subject}): {Message}";
}
