using Homeward.Domain.Codes;

namespace Homeward.Domain.Objects;

/// <summary>A person killed or injured in an accident. Restricted: personal data never reaches public outputs.</summary>
public sealed record Victim : DomainObject
{
    /// <summary>The accident.</summary>
    [References(ObjectKind.Accident)]
    public required Guid AccidentId { get; init; }

    /// <summary>The person's full name (personal data).</summary>
    public string? FullName { get; init; }

    /// <summary>The sex, a code of <c>sex</c> (<c>female</c>, <c>male</c>, <c>unknown</c>).</summary>
    [CodeTable("sex")]
    public string Sex { get; init; } = "unknown";

    /// <summary>The date of birth (personal data), if known.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>The age in years at the accident, if known.</summary>
    public int? AgeAtAccident { get; init; }

    /// <summary>Killed or injured.</summary>
    public required VictimOutcome Outcome { get; init; }

    /// <summary>What the person was doing, a code of <c>victim_activity</c>, if known.</summary>
    [CodeTable("victim_activity")]
    public string? ActivityAtTime { get; init; }

    /// <summary>Whether the person tampered with the device.</summary>
    public Tampering Tampering { get; init; } = Tampering.Unknown;

    /// <summary>Whether the person (or a guardian) consented to the record being kept.</summary>
    public bool Consent { get; init; }

    /// <inheritdoc/>
    public override ObjectKind Kind => ObjectKind.Victim;
}
