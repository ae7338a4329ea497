using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>A quality-management inspection: accreditation, QA monitoring visit, QC sampling, post-clearance inspection.</summary>
public sealed record QualityInspection : DomainObject
{
    /// <summary>The day of the inspection.</summary>
    public required DateOnly InspectedOn { get; init; }

    /// <summary>The type, a code of <c>inspection_type</c>.</summary>
    [CodeTable("inspection_type")]
    public required string InspectionType { get; init; }

    /// <summary>The activity inspected, if any.</summary>
    [References(ObjectKind.Activity)]
    public Guid? ActivityId { get; init; }

    /// <summary>The organisation inspected.</summary>
    [References(ObjectKind.Organisation)]
    public Guid? InspectedOrganisationId { get; init; }

    /// <summary>The organisation that inspected.</summary>
    [References(ObjectKind.Organisation)]
    public Guid? InspectingOrganisationId { get; init; }

    /// <summary>The non-conformities found; empty when none.</summary>
    public IReadOnlyList<NonConformity> Findings { get; init; } = [];

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.QualityInspection;
}
