namespace Homeward.Records.Format;

/// <summary>Why a record, or one of its values, was refused: the field, the value as written, and what is wrong.</summary>
/// <param name="Field">Where, as a path into the record: <c>points[2].bearing</c>, <c>rows[0].count</c>, or <c>line 7: distance</c> in a spreadsheet.</param>
/// <param name="Value">The value as written, or <see langword="null"/> when it is missing.</param>
/// <param name="Message">What is wrong and what was expected, in plain words.</param>
public sealed record RecordError(string Field, string? Value, string Message)
{
    /// <summary>The error in one line: <c>points[2].bearing = "15-5O": ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is null ? $"{Field}: {Message}" : $"{Field} = \"{Value}\": {Message}";
}
