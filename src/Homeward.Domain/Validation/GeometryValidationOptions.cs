namespace Homeward.Domain.Validation;

/// <summary>
/// What <see cref="GeometryRules"/> accepts of a geometry that enters Homeward: the deployment region and the
/// thresholds below which a ring is not a real area or two geometries are the same place. Immutable.
/// </summary>
public sealed record GeometryValidationOptions
{
    /// <summary>The region every coordinate must lie in; <see cref="DeploymentRegion.Azerbaijan"/> by default.</summary>
    public DeploymentRegion Region { get; init; } = DeploymentRegion.Azerbaijan;

    /// <summary>
    /// The least area, in m² in the deployment's projected CRS, a ring (outer ring or hole) may enclose: 1 m² by
    /// default. Smaller rings are digitising slips, not land anyone could survey.
    /// </summary>
    public double MinimumRingAreaSquareMetres { get; init; } = 1.0;

    /// <summary>
    /// The least mean width, in metres, a ring may have: twice its area over its perimeter, which for a long strip is its
    /// width. Narrower rings are slivers (0.5 m by default). A width, unlike the unitless area over perimeter squared, tells
    /// a 20 km road-verge strip 5 m wide (real) from a 50 m sliver 2 cm wide (a slip).
    /// </summary>
    public double MinimumRingWidthMetres { get; init; } = 0.5;

    /// <summary>
    /// The overlap at or above which a new geometry is a near-duplicate of a stored one of the same kind: the shared
    /// area over the smaller of the two areas, 0 to 1 (0.9 by default).
    /// </summary>
    public double NearDuplicateOverlapRatio { get; init; } = 0.9;

    /// <summary>
    /// The kinds whose new objects are checked for duplicates among the stored ones: hazardous areas by default.
    /// Released areas are left out because the rule that they never add up to more than their hazard already
    /// catches land released twice; points never are (two findings may share a place).
    /// </summary>
    public IReadOnlySet<ObjectKind> DuplicateCheckedKinds { get; init; } = new HashSet<ObjectKind> { ObjectKind.HazardousArea };

    /// <summary>The Karabakh deployment's settings, which are the defaults.</summary>
    public static GeometryValidationOptions Karabakh { get; } = new();
}
