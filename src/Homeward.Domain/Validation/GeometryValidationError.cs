using System.Text.Json.Serialization;

namespace Homeward.Domain.Validation;

/// <summary>
/// A problem with a geometry that entered Homeward, found by <see cref="GeometryRules"/>: what kind of problem,
/// where, and a sentence for the person who drew it. Bad input is an expected outcome, so checks return these
/// instead of throwing. Immutable.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Location">
/// The offending coordinate in EPSG:4326 (longitude, latitude), as given; <see langword="null"/> when the problem has
/// no single place (a missing geometry, a wrong SRID).
/// </param>
/// <param name="Message">What is wrong, in one sentence of invariant English that names the numbers involved.</param>
public sealed record GeometryValidationError(GeometryErrorKind Kind, LonLat? Location, string Message)
{
    /// <summary>
    /// Whether the geometry itself is invalid (the topology check failed, or a ring was not closed): a repair with
    /// NetTopologySuite's <c>GeometryFixer</c> can rebuild it, on request.
    /// </summary>
    [JsonIgnore]
    public bool IsInvalidGeometry => Kind is GeometryErrorKind.SelfIntersection or GeometryErrorKind.RingSelfIntersection
        or GeometryErrorKind.RingNotClosed or GeometryErrorKind.TooFewPoints or GeometryErrorKind.HoleOutsideShell
        or GeometryErrorKind.NestedHoles or GeometryErrorKind.DisconnectedInterior or GeometryErrorKind.NestedShells
        or GeometryErrorKind.DuplicateRings or GeometryErrorKind.InvalidCoordinate or GeometryErrorKind.Invalid;

    /// <summary>Whether a repair on request can remove the problem: an invalid geometry, or swapped longitude and latitude.</summary>
    [JsonIgnore]
    public bool IsRepairable => IsInvalidGeometry || Kind == GeometryErrorKind.SwappedAxes;

    /// <summary>The problem as a broken rule of one record, in its <c>geometry</c> field.</summary>
    /// <param name="record">The record (<c>FR-000012 item 'h1'</c>).</param>
    /// <returns>The violation, with this problem's location, message and kind.</returns>
    public InvariantViolation ToViolation(string record) =>
        new(record, "geometry", Location, Message) { GeometryError = Kind };

    /// <summary>The problem as one line: the message and, if known, the coordinate.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Location is { } at ? $"at {at}: {Message}" : Message;
}
