namespace Homeward.Planning.Model;

/// <summary>What kind of team does a piece of work (from the team's <c>team_capability</c> code).</summary>
public enum ClearanceMethod
{
    /// <summary>Non-technical and technical survey.</summary>
    Survey,

    /// <summary>Manual deminers.</summary>
    Manual,

    /// <summary>Mine detection dogs.</summary>
    Dog,

    /// <summary>Machines (with manual follow-up).</summary>
    Mechanical,

    /// <summary>Explosive ordnance disposal and battle-area clearance.</summary>
    Eod,

    /// <summary>Integrated teams (machine, dogs and deminers together).</summary>
    Mixed,
}
