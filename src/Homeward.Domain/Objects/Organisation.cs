using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>An organisation: the national authority, an operator, a donor. Teams belong to operators.</summary>
public sealed record Organisation : DomainObject
{
    /// <summary>The organisation's name.</summary>
    public required string Name { get; init; }

    /// <summary>The type, a code of the <c>organisation_type</c> table (for example <c>operator</c>).</summary>
    [CodeTable("organisation_type")]
    public required string OrganisationType { get; init; }

    /// <summary>The parent organisation, or <see langword="null"/> for a top-level one.</summary>
    [References(ObjectKind.Organisation)]
    public Guid? ParentId { get; init; }

    /// <summary>Whether the national authority has accredited the organisation for mine action.</summary>
    public bool IsAccredited { get; init; }

    /// <summary>The last day of the accreditation, or <see langword="null"/> when open-ended or not accredited.</summary>
    public DateOnly? AccreditedUntil { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Organisation;
}
