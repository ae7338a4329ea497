using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>An explosive ordnance risk-education session. <see cref="DomainObject.Geometry"/> is where it was held.</summary>
public sealed record RiskEducationSession : DomainObject
{
    /// <summary>The day of the session (the first day of a broadcast).</summary>
    public required DateOnly HeldOn { get; init; }

    /// <summary>The organisation that delivered it.</summary>
    [References(ObjectKind.Organisation)]
    public required Guid OrganisationId { get; init; }

    /// <summary>The delivery method, a code of <c>eore_method</c>.</summary>
    [CodeTable("eore_method")]
    public required string Method { get; init; }

    /// <summary>The administrative area, set from the geometry on approval when not given.</summary>
    [References(ObjectKind.AdministrativeArea)]
    public Guid? AdministrativeAreaId { get; init; }

    /// <summary>The audience by sex and age.</summary>
    public Beneficiaries? Audience { get; init; }

    /// <summary>How many of the audience heard risk education for the first time, if counted.</summary>
    public int? FirstTimeBeneficiaries { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.RiskEducationSession;
}
