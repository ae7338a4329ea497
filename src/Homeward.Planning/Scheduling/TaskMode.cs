namespace Homeward.Planning.Scheduling;

/// <summary>One way to carry out a task: how long it takes and what it uses meanwhile.</summary>
/// <param name="Duration">The duration in time units (working days for clearance), at least 0.</param>
/// <param name="Demands">The resources used while the task runs.</param>
public sealed record TaskMode(int Duration, IReadOnlyList<ResourceDemand> Demands)
{
    /// <summary>A mode that uses one unit of one resource.</summary>
    public static TaskMode OneUnitOf(int resource, int duration) => new(duration, [new ResourceDemand(resource, 1)]);
}
