namespace Homeward.Domain.Objects;

/// <summary>Whether evidence proves contamination directly.</summary>
public enum EvidenceDirectness
{
    /// <summary>Direct evidence: ordnance seen, an accident, a marked minefield.</summary>
    Direct,

    /// <summary>Indirect evidence: reports, abandoned land, fragments.</summary>
    Indirect,
}
