namespace Homeward.Domain.Objects;

/// <summary>How land was released (IMAS 07.11). Released land is the sum of the three.</summary>
public enum ReleaseOutcome
{
    /// <summary>Cancelled by non-technical survey: no evidence of contamination.</summary>
    Cancelled,

    /// <summary>Reduced by technical survey: no evidence of contamination.</summary>
    Reduced,

    /// <summary>Cleared: all explosive ordnance removed or destroyed to the specified depth.</summary>
    Cleared,
}
