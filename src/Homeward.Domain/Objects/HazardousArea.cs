using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>
/// A suspected or confirmed hazardous area. <see cref="DomainObject.Geometry"/> is its perimeter, a polygon or
/// multipolygon in EPSG:4326.
/// </summary>
public sealed record HazardousArea : DomainObject
{
    /// <summary>A local name (the landmark or field people know it by), if any.</summary>
    public string? Name { get; init; }

    /// <summary>Suspected (SHA) or confirmed (CHA).</summary>
    public required AreaClass AreaClass { get; init; }

    /// <summary>The hazard type, a code of the <c>hazard_type</c> table (<c>minefield-ap</c>, <c>battle-area</c>, ...).</summary>
    [CodeTable("hazard_type")]
    public required string HazardType { get; init; }

    /// <summary>The status; changes follow <see cref="HazardStatusTransitions"/>.</summary>
    public HazardStatus Status { get; init; } = HazardStatus.Open;

    /// <summary>Why the area was closed for a reason other than release; required with <see cref="HazardStatus.ClosedOther"/>.</summary>
    public string? ClosureReason { get; init; }

    /// <summary>The benchmark point: a fixed, findable point outside the area from which its perimeter was measured.</summary>
    public LonLat? Benchmark { get; init; }

    /// <summary>Device categories suspected (codes of <c>device_category</c>).</summary>
    [CodeTable("device_category")]
    public IReadOnlyList<string> SuspectedDeviceCategories { get; init; } = [];

    /// <summary>Device categories confirmed (codes of <c>device_category</c>).</summary>
    [CodeTable("device_category")]
    public IReadOnlyList<string> ConfirmedDeviceCategories { get; init; } = [];

    /// <summary>Land uses the hazard blocks (codes of <c>land_use</c>).</summary>
    [CodeTable("land_use")]
    public IReadOnlyList<string> BlockedLandUse { get; init; } = [];

    /// <summary>The people expected to benefit when the area is released, or <see langword="null"/> when not counted.</summary>
    public Beneficiaries? Beneficiaries { get; init; }

    /// <summary>The priority, 1 (highest) to 5.</summary>
    public int Priority { get; init; } = 3;

    /// <summary>The district the area lies in; set from the geometry on approval when not given.</summary>
    [References(ObjectKind.AdministrativeArea)]
    public Guid? AdministrativeAreaId { get; init; }

    /// <summary>The area of <see cref="DomainObject.Geometry"/> in square metres in the deployment's projected CRS; computed on approval.</summary>
    public double AreaSquareMetres { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.HazardousArea;
}
