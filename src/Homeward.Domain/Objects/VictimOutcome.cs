namespace Homeward.Domain.Objects;

/// <summary>What happened to a victim.</summary>
public enum VictimOutcome
{
    /// <summary>Killed.</summary>
    Killed,

    /// <summary>Injured.</summary>
    Injured,
}
