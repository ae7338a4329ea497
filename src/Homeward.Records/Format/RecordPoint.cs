namespace Homeward.Records.Format;

/// <summary>
/// A point of a minefield record: either absolute coordinates in the record's CRS (X always the easting, Y the northing,
/// whatever axis order the CRS defines), or a leg from another point, or both (then the coordinates are taken as known
/// and the leg is checked against them).
/// </summary>
/// <param name="Field">Where the point is in the record, for messages (for example <c>points[3]</c>).</param>
/// <param name="Id">The point's id, unique in the record (for example <c>TP1</c>).</param>
/// <param name="Type">Its role.</param>
/// <param name="X">The easting in the record's CRS (metres, or degrees of longitude), or <see langword="null"/>.</param>
/// <param name="Y">The northing in the record's CRS (metres, or degrees of latitude), or <see langword="null"/>.</param>
/// <param name="Leg">The leg that places it, or <see langword="null"/>.</param>
/// <param name="InteriorAngle">The interior angle recorded at this perimeter point, if any (checked by flag F02).</param>
/// <param name="SigmaMetres">How well its coordinates are known, 1σ per axis in metres, if the record says.</param>
/// <param name="Description">What it is, in the officer's words.</param>
public sealed record RecordPoint(
    string Field,
    string Id,
    RecordPointType Type,
    double? X,
    double? Y,
    RecordLeg? Leg,
    RecordBearing? InteriorAngle,
    double? SigmaMetres,
    string? Description)
{
    /// <summary>Whether the point carries absolute coordinates.</summary>
    public bool HasCoordinates => X is not null && Y is not null;
}
