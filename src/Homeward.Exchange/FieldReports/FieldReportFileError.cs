namespace Homeward.Exchange.FieldReports;

/// <summary>A problem in a field-report file, named so that its author can find it.</summary>
/// <param name="Feature">The 1-based feature number, or 0 for the report header.</param>
/// <param name="Field">The field (<c>kind</c>, <c>geometry</c>, a property name), or <see langword="null"/> for the whole feature.</param>
/// <param name="Message">What is wrong.</param>
public sealed record FieldReportFileError(int Feature, string? Field, string Message)
{
    /// <summary>The error as one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (Feature == 0 ? "report header" : $"feature {Feature}") + (Field is null ? string.Empty : $", field '{Field}'") + $": {Message}";
}
