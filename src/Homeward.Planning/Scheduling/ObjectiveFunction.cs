namespace Homeward.Planning.Scheduling;

/// <summary>The objective of <see cref="SchedulingProblem"/> evaluated for given task ends.</summary>
public static class ObjectiveFunction
{
    /// <summary>Σ task weight × end + Σ group weight × latest end in the group + makespan weight × makespan.</summary>
    public static long Evaluate(SchedulingProblem problem, IReadOnlyList<ScheduledTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(tasks);
        long value = 0;
        long makespan = 0;
        for (var i = 0; i < tasks.Count; i++)
        {
            value += problem.Tasks[i].Weight * tasks[i].End;
            makespan = Math.Max(makespan, tasks[i].End);
        }

        foreach (var group in problem.Groups)
        {
            long completion = 0;
            foreach (var t in group.Tasks)
            {
                completion = Math.Max(completion, tasks[t].End);
            }

            value += group.Weight * completion;
        }

        return value + (problem.MakespanWeight * makespan);
    }
}
