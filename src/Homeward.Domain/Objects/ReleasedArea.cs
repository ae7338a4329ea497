namespace Homeward.Domain.Objects;

/// <summary>
/// Land released from a hazardous area as cancelled, reduced or cleared. <see cref="DomainObject.Geometry"/> is its
/// polygon, which must lie inside the hazardous area's.
/// </summary>
public sealed record ReleasedArea : DomainObject
{
    /// <summary>The activity that released the land, if recorded.</summary>
    [References(ObjectKind.Activity)]
    public Guid? ActivityId { get; init; }

    /// <summary>The hazardous area the land was released from.</summary>
    [References(ObjectKind.HazardousArea)]
    public required Guid HazardousAreaId { get; init; }

    /// <summary>Cancelled, reduced or cleared.</summary>
    public required ReleaseOutcome Outcome { get; init; }

    /// <summary>The day the land was released.</summary>
    public required DateOnly ReleasedOn { get; init; }

    /// <summary>The clearance depth in centimetres, for cleared land.</summary>
    public int? ClearanceDepthCentimetres { get; init; }

    /// <summary>The handover the land was part of, once handed over.</summary>
    [References(ObjectKind.Handover)]
    public Guid? HandoverId { get; init; }

    /// <summary>The area of <see cref="DomainObject.Geometry"/> in square metres in the deployment's projected CRS; computed on approval.</summary>
    public double AreaSquareMetres { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.ReleasedArea;
}
