namespace Homeward.Exchange.MaXml;

/// <summary>A problem with one value of one field report of a maXML file, named so that it can be found in the file.</summary>
/// <param name="Report">The field report: <c>FieldReport[3]</c> and its <c>fieldReportGUID</c> when it has one, or the file for problems of the whole file.</param>
/// <param name="Path">The element, for example <c>/MineActionFieldReport/FieldReport[3]/Hazard/GeospatialInfo/Point[5]</c>.</param>
/// <param name="Field">The field (element or attribute name), or <see langword="null"/>.</param>
/// <param name="Value">The value given, or <see langword="null"/>.</param>
/// <param name="Message">What is wrong, and what would be right.</param>
public sealed record MaXmlImportError(string Report, string Path, string? Field, string? Value, string Message)
{
    /// <summary>The problem as one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Path + (Field is null ? string.Empty : $", field '{Field}'") + (Value is null ? string.Empty : $" = '{Value}'") + $": {Message}";
}
