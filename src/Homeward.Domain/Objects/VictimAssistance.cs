using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>A need of a victim and the assistance given for it. Restricted.</summary>
public sealed record VictimAssistance : DomainObject
{
    /// <summary>The victim.</summary>
    [References(ObjectKind.Victim)]
    public required Guid VictimId { get; init; }

    /// <summary>The need, a code of <c>assistance_need</c> (<c>medical</c>, <c>prosthetic</c>, <c>psychosocial</c>, ...).</summary>
    [CodeTable("assistance_need")]
    public required string Need { get; init; }

    /// <summary>The service given, a code of <c>assistance_service</c>, if any yet.</summary>
    [CodeTable("assistance_service")]
    public string? Service { get; init; }

    /// <summary>The organisation providing it, if any.</summary>
    [References(ObjectKind.Organisation)]
    public Guid? ProviderOrganisationId { get; init; }

    /// <summary>The day of referral.</summary>
    public DateOnly? ReferredOn { get; init; }

    /// <summary>The status, a code of <c>assistance_status</c> (<c>referred</c>, <c>in-progress</c>, <c>completed</c>).</summary>
    [CodeTable("assistance_status")]
    public string Status { get; init; } = "referred";

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.VictimAssistance;
}
