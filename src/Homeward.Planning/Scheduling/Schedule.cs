namespace Homeward.Planning.Scheduling;

/// <summary>A schedule for a problem: one entry per task, in task order, and what the solver knows about it.</summary>
/// <param name="Tasks">The scheduled tasks, indexed like the problem's tasks.</param>
/// <param name="Objective">The objective value of this schedule.</param>
/// <param name="Bound">A proven lower bound on the optimal objective (equal to the objective when optimal).</param>
/// <param name="Status">Optimal, feasible, infeasible or unknown.</param>
/// <param name="Solver">Which method produced it (e.g. "cp-sat", "priority rules").</param>
/// <param name="WallSeconds">The time the solver took.</param>
public sealed record Schedule(
    IReadOnlyList<ScheduledTask> Tasks,
    long Objective,
    long Bound,
    SolveStatus Status,
    string Solver,
    double WallSeconds)
{
    /// <summary>The relative gap (objective − bound) ÷ objective; 0 when optimal.</summary>
    public double Gap => Objective <= 0 ? 0 : Math.Max(0, (double)(Objective - Bound) / Objective);

    /// <summary>The latest end.</summary>
    public long Makespan => Tasks.Count == 0 ? 0 : Tasks.Max(t => t.End);
}
