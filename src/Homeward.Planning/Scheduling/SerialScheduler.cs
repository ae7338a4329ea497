using System.Diagnostics;

namespace Homeward.Planning.Scheduling;

/// <summary>
/// The serial schedule-generation scheme: takes tasks in a priority order (the first task of that order whose
/// predecessors are all scheduled goes next) and puts each at its earliest feasible start, in the mode that ends
/// first. It always yields a feasible schedule; how good it is depends wholly on the order.
/// </summary>
public static class SerialScheduler
{
    /// <summary>Schedules the tasks in the given priority order.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="priority">Every task index once, most urgent first.</param>
    /// <param name="solverName">The name recorded on the schedule.</param>
    public static Schedule Schedule(SchedulingProblem problem, IReadOnlyList<int> priority, string solverName)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(priority);
        var watch = Stopwatch.StartNew();
        var n = problem.Tasks.Count;
        if (priority.Count != n || priority.Distinct().Count() != n || priority.Any(p => p < 0 || p >= n))
        {
            throw new ArgumentException("The priority order must name every task exactly once.", nameof(priority));
        }

        var predecessors = new List<int>[n];
        var successors = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            predecessors[i] = [];
            successors[i] = [];
        }

        foreach (var p in problem.Precedences)
        {
            predecessors[p.After].Add(p.Before);
            successors[p.Before].Add(p.After);
        }

        var profiles = problem.ResourceCapacities.Select(c => new ResourceProfile(c)).ToArray();
        var waiting = predecessors.Select(p => p.Count).ToArray();
        var rank = new int[n];
        for (var r = 0; r < n; r++)
        {
            rank[priority[r]] = r;
        }

        // Eligible tasks ordered by their rank in the priority list.
        var eligible = new SortedSet<int>(Comparer<int>.Create((a, b) => rank[a].CompareTo(rank[b])));
        for (var i = 0; i < n; i++)
        {
            if (waiting[i] == 0)
            {
                eligible.Add(i);
            }
        }

        var result = new ScheduledTask?[n];
        var scheduled = 0;
        while (eligible.Count > 0)
        {
            var task = eligible.Min;
            eligible.Remove(task);
            long earliest = 0;
            foreach (var p in predecessors[task])
            {
                earliest = Math.Max(earliest, result[p]!.End);
            }

            ScheduledTask? best = null;
            var modes = problem.Tasks[task].Modes;
            for (var m = 0; m < modes.Count; m++)
            {
                var start = EarliestStart(profiles, modes[m], earliest);
                var candidate = new ScheduledTask(task, m, start, start + modes[m].Duration);
                if (best is null || candidate.End < best.End)
                {
                    best = candidate;
                }
            }

            foreach (var demand in modes[best!.Mode].Demands)
            {
                profiles[demand.Resource].Add(best.Start, best.End, demand.Amount);
            }

            result[task] = best;
            scheduled++;
            foreach (var s in successors[task])
            {
                if (--waiting[s] == 0)
                {
                    eligible.Add(s);
                }
            }
        }

        if (scheduled != n)
        {
            throw new ArgumentException("The precedences contain a cycle.", nameof(problem));
        }

        var tasks = result.Select(t => t!).ToArray();
        var objective = ObjectiveFunction.Evaluate(problem, tasks);
        return new Schedule(tasks, objective, 0, SolveStatus.Feasible, solverName, watch.Elapsed.TotalSeconds);
    }

    private static long EarliestStart(ResourceProfile[] profiles, TaskMode mode, long earliest)
    {
        // Iterate until every resource the mode uses has room at the same start.
        var start = earliest;
        while (true)
        {
            var moved = false;
            foreach (var demand in mode.Demands)
            {
                var s = profiles[demand.Resource].EarliestStart(start, mode.Duration, demand.Amount);
                if (s > start)
                {
                    start = s;
                    moved = true;
                }
            }

            if (!moved)
            {
                return start;
            }
        }
    }
}
