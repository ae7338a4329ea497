namespace Homeward.Planning.Model;

/// <summary>What a work package does to its hazardous area.</summary>
public enum WorkKind
{
    /// <summary>Survey of a suspected area: cancels or reduces most of it before any clearance.</summary>
    Survey,

    /// <summary>Clearance of mined ground (anti-personnel, anti-tank, mixed, IED).</summary>
    MineClearance,

    /// <summary>Battle-area clearance (UXO, abandoned ordnance, cluster strikes, ammunition sites).</summary>
    BattleAreaClearance,
}
