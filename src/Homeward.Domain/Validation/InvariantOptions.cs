namespace Homeward.Domain.Validation;

/// <summary>The tolerances the invariants are checked with.</summary>
public sealed record InvariantOptions
{
    /// <summary>How far in metres a released area may stick out of its hazardous area (survey and digitising error).</summary>
    public double ReleasedOutsideHazardToleranceMetres { get; init; } = 1.0;

    /// <summary>How many square metres the released areas of a hazard may exceed its area by, as a share of that area.</summary>
    public double ReleasedAreaExcessToleranceRatio { get; init; } = 1e-6;

    /// <summary>The deployment region and the geometry thresholds; the Karabakh deployment's by default.</summary>
    public GeometryValidationOptions Geometry { get; init; } = GeometryValidationOptions.Karabakh;

    /// <summary>The defaults.</summary>
    public static InvariantOptions Default { get; } = new();
}
