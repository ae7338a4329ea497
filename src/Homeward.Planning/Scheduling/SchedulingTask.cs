namespace Homeward.Planning.Scheduling;

/// <summary>A task to schedule once, in exactly one of its modes.</summary>
/// <param name="Id">A name for messages.</param>
/// <param name="Modes">The ways to carry it out; at least one.</param>
/// <param name="Weight">The objective's weight on the task's end (≥ 0).</param>
public sealed record SchedulingTask(string Id, IReadOnlyList<TaskMode> Modes, long Weight);
