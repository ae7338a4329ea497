using NetTopologySuite.Geometries;

namespace Homeward.Domain.Reports;

/// <summary>
/// One item of a field report: the state of one object as the report gives it. Attributes use the object's JSON
/// names; a reference to another object may be written by code (<c>"hazardousArea": "HA-AGD-000012"</c>) or to
/// another item of the same report (<c>"hazardousArea": "#item-1"</c>) instead of by identity.
/// </summary>
/// <param name="ItemRef">The item's reference within the report, unique there (for example <c>item-3</c>).</param>
/// <param name="Kind">The kind of object the item describes.</param>
/// <param name="AttributesJson">The attributes as a JSON object text.</param>
/// <param name="Geometry">The geometry in EPSG:4326 (X = longitude, Y = latitude), or <see langword="null"/>.</param>
/// <param name="TargetCode">The code of the existing object the item updates, if the report names one.</param>
/// <param name="BaseVersion">The version of that object the report was prepared against, when the report was created.</param>
public sealed record FieldReportItem(
    string ItemRef,
    ObjectKind Kind,
    string AttributesJson,
    Geometry? Geometry,
    string? TargetCode,
    int? BaseVersion)
{
    /// <summary>
    /// The repair made to <see cref="Geometry"/> at the user's request before the report was stored, or
    /// <see langword="null"/> when the geometry is as it came.
    /// </summary>
    public GeometryRepairNote? GeometryRepair { get; init; }
}
