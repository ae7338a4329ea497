using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>An item of evidence for a hazardous area. <see cref="DomainObject.Geometry"/> is where it was seen (a point).</summary>
public sealed record Evidence : DomainObject
{
    /// <summary>The hazardous area the evidence supports.</summary>
    [References(ObjectKind.HazardousArea)]
    public required Guid HazardousAreaId { get; init; }

    /// <summary>The type, a code of <c>evidence_type</c> (<c>eo-seen</c>, <c>accident</c>, <c>marking</c>, ...).</summary>
    [CodeTable("evidence_type")]
    public required string EvidenceType { get; init; }

    /// <summary>Direct or indirect.</summary>
    public required EvidenceDirectness Directness { get; init; }

    /// <summary>The source, a code of <c>evidence_source</c> (<c>observed</c>, <c>verbal</c>, <c>records</c>).</summary>
    [CodeTable("evidence_source")]
    public required string Source { get; init; }

    /// <summary>The day it was observed or reported.</summary>
    public DateOnly? ObservedOn { get; init; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Evidence;
}
