namespace Homeward.Exchange.Odk;

/// <summary>A problem with one answer of one submission, named so that the person who filled the form can find it.</summary>
/// <param name="InstanceId">The submission's instance ID (<c>uuid:...</c>), or the export file for problems of the whole export.</param>
/// <param name="Path">Where in the submission: the instance ID, or <c>uuid:.../devices[2]</c> for a repeat's entry.</param>
/// <param name="Field">The field, or <see langword="null"/>.</param>
/// <param name="Value">The value given, or <see langword="null"/>.</param>
/// <param name="Message">What is wrong, and what would be right.</param>
public sealed record FormImportError(string InstanceId, string Path, string? Field, string? Value, string Message)
{
    /// <summary>The problem as one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"submission {Path}" + (Field is null ? string.Empty : $", field '{Field}'") + (Value is null ? string.Empty : $" = '{Value}'") + $": {Message}";
}
