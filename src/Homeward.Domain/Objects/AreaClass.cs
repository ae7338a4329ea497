namespace Homeward.Domain.Objects;

/// <summary>Whether a hazardous area is suspected (indirect evidence) or confirmed (direct evidence), per IMAS 04.10.</summary>
public enum AreaClass
{
    /// <summary>Suspected hazardous area: indirect evidence only.</summary>
    Sha,

    /// <summary>Confirmed hazardous area: direct evidence of explosive ordnance.</summary>
    Cha,
}
