namespace Homeward.Domain.Objects;

/// <summary>The changes of <see cref="ActivityStatus"/> that are allowed.</summary>
public static class ActivityStatusTransitions
{
    /// <summary>Whether an activity may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The proposed status. Staying the same is always allowed.</param>
    /// <returns>Whether the change is allowed.</returns>
    public static bool IsAllowed(ActivityStatus from, ActivityStatus to) => from == to || (from, to) switch
    {
        (ActivityStatus.Planned, ActivityStatus.Ongoing or ActivityStatus.Aborted or ActivityStatus.Completed) => true,
        (ActivityStatus.Ongoing, ActivityStatus.Suspended or ActivityStatus.Completed or ActivityStatus.Aborted) => true,
        (ActivityStatus.Suspended, ActivityStatus.Ongoing or ActivityStatus.Aborted) => true,
        _ => false,
    };
}
