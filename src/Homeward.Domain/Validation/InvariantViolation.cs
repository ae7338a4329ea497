namespace Homeward.Domain.Validation;

/// <summary>A rule that a record breaks, named so that the person who wrote it can find and fix it.</summary>
/// <param name="Record">The record: a report item and, where known, the object's code (<c>item-3 (HA-AGD-000012)</c>).</param>
/// <param name="Field">The field in the record's JSON form, or <c>geometry</c>.</param>
/// <param name="Location">For geometry problems, the offending coordinate in EPSG:4326.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record InvariantViolation(string Record, string Field, LonLat? Location, string Message)
{
    /// <summary>For a problem with the geometry, what kind of problem (see <see cref="GeometryValidationError"/>); else <see langword="null"/>.</summary>
    public GeometryErrorKind? GeometryError { get; init; }

    /// <summary>The violation as one line: record, field, coordinate and message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Location is { } at ? $"{Record}, field '{Field}' at {at}: {Message}" : $"{Record}, field '{Field}': {Message}";
}
