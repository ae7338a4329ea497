using Homeward.Planning.Checking;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Tests.Scheduling;

/// <summary>
/// The optimum of a tiny problem by enumerating every mode choice and every integer start up to a horizon, keeping
/// the best schedule the checker accepts. Shares no code with the schedulers.
/// </summary>
internal static class BruteForce
{
    public static long Optimum(SchedulingProblem problem, int horizon)
    {
        var n = problem.Tasks.Count;
        var best = long.MaxValue;
        var modes = new int[n];
        var starts = new int[n];
        void Recurse(int i)
        {
            if (i == n)
            {
                var tasks = Enumerable.Range(0, n)
                    .Select(t => new ScheduledTask(t, modes[t], starts[t], starts[t] + problem.Tasks[t].Modes[modes[t]].Duration))
                    .ToArray();
                var objective = ObjectiveOf(problem, tasks);
                if (objective < best && ScheduleChecker.Check(problem, new Schedule(tasks, objective, 0, SolveStatus.Feasible, "brute force", 0)).Count == 0)
                {
                    best = objective;
                }

                return;
            }

            for (var m = 0; m < problem.Tasks[i].Modes.Count; m++)
            {
                modes[i] = m;
                for (var s = 0; s + problem.Tasks[i].Modes[m].Duration <= horizon; s++)
                {
                    starts[i] = s;
                    Recurse(i + 1);
                }
            }
        }

        Recurse(0);
        return best;
    }

    private static long ObjectiveOf(SchedulingProblem problem, ScheduledTask[] tasks)
    {
        var value = tasks.Sum(t => problem.Tasks[t.Task].Weight * t.End);
        value += problem.Groups.Sum(g => g.Weight * (g.Tasks.Count == 0 ? 0 : g.Tasks.Max(i => tasks[i].End)));
        return value + (problem.MakespanWeight * tasks.Max(t => t.End));
    }
}
