using Homeward.Domain.Objects;

namespace Homeward.Domain.Tests.Objects;

public sealed class HazardStatusTransitionsTests
{
    [Theory]
    [InlineData(HazardStatus.Open, HazardStatus.InProgress, true)]
    [InlineData(HazardStatus.Open, HazardStatus.ClosedReleased, true)] // cancelled whole by NTS
    [InlineData(HazardStatus.InProgress, HazardStatus.ClosedReleased, true)]
    [InlineData(HazardStatus.ClosedReleased, HazardStatus.HandedOver, true)]
    [InlineData(HazardStatus.HandedOver, HazardStatus.Open, true)] // residual contamination found
    [InlineData(HazardStatus.Open, HazardStatus.HandedOver, false)] // land is released before it is handed over
    [InlineData(HazardStatus.ClosedOther, HazardStatus.Open, false)]
    [InlineData(HazardStatus.HandedOver, HazardStatus.InProgress, false)]
    [InlineData(HazardStatus.InProgress, HazardStatus.InProgress, true)]
    public void IsAllowed_Transition_FollowsLandRelease(HazardStatus from, HazardStatus to, bool allowed)
    {
        Assert.Equal(allowed, HazardStatusTransitions.IsAllowed(from, to));
    }

    [Theory]
    [InlineData(ActivityStatus.Planned, ActivityStatus.Ongoing, true)]
    [InlineData(ActivityStatus.Ongoing, ActivityStatus.Suspended, true)]
    [InlineData(ActivityStatus.Suspended, ActivityStatus.Ongoing, true)]
    [InlineData(ActivityStatus.Completed, ActivityStatus.Ongoing, false)]
    [InlineData(ActivityStatus.Aborted, ActivityStatus.Completed, false)]
    public void ActivityIsAllowed_Transition_Expected(ActivityStatus from, ActivityStatus to, bool allowed)
    {
        Assert.Equal(allowed, ActivityStatusTransitions.IsAllowed(from, to));
    }
}
