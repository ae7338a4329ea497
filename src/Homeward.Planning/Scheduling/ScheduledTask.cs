namespace Homeward.Planning.Scheduling;

/// <summary>When a task runs and in which mode.</summary>
/// <param name="Task">The task's index.</param>
/// <param name="Mode">The mode's index.</param>
/// <param name="Start">The start time.</param>
/// <param name="End">The end time (start + the mode's duration).</param>
public sealed record ScheduledTask(int Task, int Mode, long Start, long End);
