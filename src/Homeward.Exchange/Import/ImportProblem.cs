using System.Globalization;
using Homeward.Domain;

namespace Homeward.Exchange.Import;

/// <summary>A problem with one record of an import, named so that the person who made the file can find and fix it.</summary>
/// <param name="Record">What the record is called in its file (<c>row 14</c>, <c>feature 3</c>), or <c>file</c> for the whole file.</param>
/// <param name="Field">The column or field, or <see langword="null"/> for the whole record.</param>
/// <param name="Value">The offending value as text, or <see langword="null"/>.</param>
/// <param name="Location">For a geometry, the offending coordinate in EPSG:4326 where known, or <see langword="null"/>.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record ImportProblem(string Record, string? Field, string? Value, LonLat? Location, string Message)
{
    /// <summary>The problem as one line: record, field, value, coordinate and message.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var field = Field is null ? string.Empty : $", field '{Field}'";
        var value = Value is null ? string.Empty : $", value '{Shorten(Value)}'";
        var at = Location is { } l ? $" at {l}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Record}{field}{value}{at}: {Message}");
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
