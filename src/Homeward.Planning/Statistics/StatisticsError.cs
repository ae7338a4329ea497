namespace Homeward.Planning.Statistics;

/// <summary>Why a statistics file, or one of its values, was refused: the row, the column, the value as written, and what is wrong.</summary>
/// <param name="Row">The line of the CSV file (1 = the first line), or the 1-based position of the period when the periods were not read from a file.</param>
/// <param name="Column">The column, or <see langword="null"/> when the problem is the whole row or file.</param>
/// <param name="Value">The value as written, or <see langword="null"/> when it is missing or not one value.</param>
/// <param name="Message">What is wrong and what was expected, in plain words.</param>
public sealed record StatisticsError(int Row, string? Column, string? Value, string Message)
{
    /// <summary>The error in one line: <c>row 7, released_m2 = "-5": must not be negative</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Column, Value) switch
    {
        (null, _) => $"row {Row}: {Message}",
        (_, null) => $"row {Row}, {Column}: {Message}",
        _ => $"row {Row}, {Column} = \"{Value}\": {Message}",
    };
}
