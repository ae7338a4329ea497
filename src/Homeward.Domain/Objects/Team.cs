using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>A team of an operator. <see cref="DomainObject.Geometry"/> is its base location (a point), if known.</summary>
public sealed record Team : DomainObject
{
    /// <summary>The organisation the team belongs to.</summary>
    [References(ObjectKind.Organisation)]
    public required Guid OrganisationId { get; init; }

    /// <summary>The team's name.</summary>
    public required string Name { get; init; }

    /// <summary>What the team does, a code of the <c>team_capability</c> table (<c>manual</c>, <c>mdd</c>, <c>mechanical</c>, ...).</summary>
    [CodeTable("team_capability")]
    public required string Capability { get; init; }

    /// <summary>The number of people in the team, or <see langword="null"/> when unknown.</summary>
    public int? Size { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Team;
}
