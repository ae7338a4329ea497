namespace Homeward.Domain.Objects;

/// <summary>The changes of <see cref="HazardStatus"/> that land release allows.</summary>
public static class HazardStatusTransitions
{
    /// <summary>Whether a hazardous area may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The proposed status. Staying the same is always allowed.</param>
    /// <returns>Whether the change is allowed.</returns>
    public static bool IsAllowed(HazardStatus from, HazardStatus to) => from == to || (from, to) switch
    {
        (HazardStatus.Open, HazardStatus.InProgress or HazardStatus.ClosedReleased or HazardStatus.ClosedOther) => true,
        (HazardStatus.InProgress, HazardStatus.ClosedReleased or HazardStatus.ClosedOther) => true,
        // Work can stop with part of the area still hazardous; the area goes back to the open list.
        (HazardStatus.InProgress, HazardStatus.Open) => true,
        (HazardStatus.ClosedReleased, HazardStatus.HandedOver) => true,
        // New evidence after release re-opens an area (residual contamination, IMAS 07.10).
        (HazardStatus.ClosedReleased or HazardStatus.HandedOver, HazardStatus.Open) => true,
        _ => false,
    };
}
