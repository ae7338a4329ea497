namespace Homeward.Domain.Objects;

/// <summary>The state of an activity.</summary>
public enum ActivityStatus
{
    /// <summary>Planned, not started.</summary>
    Planned,

    /// <summary>Work is under way.</summary>
    Ongoing,

    /// <summary>Stopped for now; may resume.</summary>
    Suspended,

    /// <summary>Finished.</summary>
    Completed,

    /// <summary>Stopped for good before completion.</summary>
    Aborted,
}
