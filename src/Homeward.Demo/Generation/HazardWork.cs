namespace Homeward.Demo.Generation;

/// <summary>Everything that happens to one hazardous area over the period.</summary>
/// <param name="Hazard">The hazardous area.</param>
/// <param name="PieceCount">How many pieces it was sliced into (released or not).</param>
/// <param name="Activities">The activities that started within the period, in order.</param>
/// <param name="Releases">The pieces released within the period, in order.</param>
/// <param name="Devices">The devices found.</param>
/// <param name="ClosedOn">The day its last piece was released, or <see langword="null"/> while land remains.</param>
internal sealed record HazardWork(HazardPlan Hazard, int PieceCount, IReadOnlyList<ActivityPlan> Activities, IReadOnlyList<ReleasePlan> Releases,
    IReadOnlyList<DevicePlan> Devices, DateOnly? ClosedOn)
{
    /// <summary>The day work started, or <see langword="null"/> when it never did.</summary>
    public DateOnly? StartedOn => Activities.Count > 0 ? Activities[0].StartedOn : null;
}
