namespace Homeward.Domain.Objects;

/// <summary>The life of a hazardous area. Allowed changes are in <see cref="HazardStatusTransitions"/>.</summary>
public enum HazardStatus
{
    /// <summary>Recorded and not yet worked on.</summary>
    Open,

    /// <summary>Survey or clearance is under way.</summary>
    InProgress,

    /// <summary>All of it has been released (cancelled, reduced or cleared).</summary>
    ClosedReleased,

    /// <summary>Released and formally handed over to its users.</summary>
    HandedOver,

    /// <summary>Closed for another reason (duplicate, recorded in error), with a closure reason.</summary>
    ClosedOther,
}
