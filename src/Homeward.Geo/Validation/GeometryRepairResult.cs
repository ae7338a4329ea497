using Homeward.Domain.Reports;
using Homeward.Domain.Validation;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.Validation;

/// <summary>What <see cref="GeometryRepair"/> made of a geometry: the geometry to store, the record of what changed, and what is still wrong.</summary>
/// <param name="Geometry">The repaired geometry in EPSG:4326, or the geometry as given when nothing was repaired.</param>
/// <param name="Note">The record of the repair, to keep with the report; <see langword="null"/> when nothing was repaired.</param>
/// <param name="Remaining">The problems the repair could not remove (a geometry outside the region, a tiny ring); empty when none.</param>
public sealed record GeometryRepairResult(Geometry Geometry, GeometryRepairNote? Note, IReadOnlyList<GeometryValidationError> Remaining)
{
    /// <summary>Whether anything was repaired.</summary>
    public bool IsRepaired => Note is not null;
}
