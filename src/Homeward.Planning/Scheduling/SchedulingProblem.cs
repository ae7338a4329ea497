namespace Homeward.Planning.Scheduling;

/// <summary>
/// A multi-mode resource-constrained scheduling problem: tasks with alternative modes using renewable resources,
/// precedences, and an objective Σ weight × end + Σ group weight × group completion + makespan weight × makespan.
/// The clearance schedule and the PSPLIB benchmark instances are both stated in this form.
/// </summary>
/// <param name="ResourceCapacities">The units of each renewable resource available at any time.</param>
/// <param name="Tasks">The tasks.</param>
/// <param name="Precedences">Which task must end before which starts.</param>
/// <param name="Groups">Completion groups counted in the objective.</param>
/// <param name="MakespanWeight">The objective's weight on the makespan.</param>
public sealed record SchedulingProblem(
    IReadOnlyList<int> ResourceCapacities,
    IReadOnlyList<SchedulingTask> Tasks,
    IReadOnlyList<Precedence> Precedences,
    IReadOnlyList<CompletionGroup> Groups,
    long MakespanWeight)
{
    /// <summary>
    /// An upper bound on the time any sensible schedule needs: every task one after the other in its longest mode.
    /// </summary>
    public long Horizon => Math.Max(1, Tasks.Sum(t => (long)t.Modes.Max(m => m.Duration)));

    /// <summary>Checks the problem's own consistency; throws on a malformed problem (a bug in whoever built it).</summary>
    public void Validate()
    {
        for (var t = 0; t < Tasks.Count; t++)
        {
            var task = Tasks[t];
            if (task.Modes.Count == 0 || task.Weight < 0)
            {
                throw new ArgumentException($"Task {task.Id} needs at least one mode and a weight ≥ 0.");
            }

            foreach (var mode in task.Modes)
            {
                if (mode.Duration < 0)
                {
                    throw new ArgumentException($"Task {task.Id} has a negative duration.");
                }

                foreach (var demand in mode.Demands)
                {
                    if (demand.Resource < 0 || demand.Resource >= ResourceCapacities.Count || demand.Amount < 1)
                    {
                        throw new ArgumentException($"Task {task.Id} asks for an unknown resource or a non-positive amount.");
                    }

                    if (demand.Amount > ResourceCapacities[demand.Resource])
                    {
                        throw new ArgumentException(
                            $"Task {task.Id} asks for {demand.Amount} of resource {demand.Resource}, which has only {ResourceCapacities[demand.Resource]}.");
                    }
                }
            }
        }

        foreach (var p in Precedences)
        {
            if (p.Before < 0 || p.Before >= Tasks.Count || p.After < 0 || p.After >= Tasks.Count || p.Before == p.After)
            {
                throw new ArgumentException($"Precedence {p.Before} → {p.After} names an unknown task.");
            }
        }

        foreach (var g in Groups)
        {
            if (g.Weight < 0 || g.Tasks.Any(t => t < 0 || t >= Tasks.Count))
            {
                throw new ArgumentException($"Group {g.Id} has a negative weight or an unknown task.");
            }
        }
    }
}
