using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>The formal handover of released land to its users (IMAS 08.30).</summary>
public sealed record Handover : DomainObject
{
    /// <summary>The released areas handed over.</summary>
    [References(ObjectKind.ReleasedArea)]
    public IReadOnlyList<Guid> ReleasedAreaIds { get; init; } = [];

    /// <summary>Who received the land, a code of <c>handover_recipient</c> (<c>community</c>, <c>landowner</c>, <c>authority</c>).</summary>
    [CodeTable("handover_recipient")]
    public required string Recipient { get; init; }

    /// <summary>The recipient's name.</summary>
    public string? RecipientName { get; init; }

    /// <summary>The day of the handover.</summary>
    public required DateOnly HandedOverOn { get; init; }

    /// <summary>Whether permanent markers were placed and recorded.</summary>
    public bool MarkersRecorded { get; init; }

    /// <summary>The residual-risk statement agreed at handover.</summary>
    public string? ResidualRiskStatement { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Handover;
}
