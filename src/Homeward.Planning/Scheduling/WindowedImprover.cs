using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Homeward.Planning.Scheduling;

/// <summary>
/// Large-neighbourhood search with CP-SAT for problems too large to improve whole: takes windows of a few hundred
/// tasks in start order, fixes every other task where it is, lets CP-SAT re-sequence the window (each task kept
/// within the window's current time span, its fixed predecessors and successors respected, fixed tasks holding their
/// resources), and keeps the result when the whole objective falls. The answer is never worse than the start.
/// </summary>
public static class WindowedImprover
{
    /// <summary>Improves a feasible schedule within the options' time limit.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="start">A feasible schedule of it.</param>
    /// <param name="options">The time limit for the whole search, workers and seed.</param>
    /// <param name="windowSize">Tasks per window.</param>
    public static Schedule Improve(SchedulingProblem problem, Schedule start, CpSatOptions options, int windowSize = 200)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var n = problem.Tasks.Count;
        if (n == 0 || start.Tasks.Count != n)
        {
            return start;
        }

        var current = start.Tasks.ToArray();
        var objective = ObjectiveFunction.Evaluate(problem, current);
        var predecessors = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var successors = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var p in problem.Precedences)
        {
            predecessors[p.After].Add(p.Before);
            successors[p.Before].Add(p.After);
        }

        var groupsOf = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (var g = 0; g < problem.Groups.Count; g++)
        {
            foreach (var t in problem.Groups[g].Tasks)
            {
                groupsOf[t].Add(g);
            }
        }

        var perWindow = Math.Max(0.5, Math.Min(5, options.TimeLimitSeconds / 10));
        var position = 0;
        var sinceImprovement = 0;
        var windows = 0;
        while (watch.Elapsed.TotalSeconds + 0.2 < options.TimeLimitSeconds && sinceImprovement < n + windowSize)
        {
            var order = Enumerable.Range(0, n).OrderBy(i => current[i].Start).ThenBy(i => i).ToArray();
            if (position >= n)
            {
                position = 0;
            }

            var window = order.Skip(position).Take(windowSize).ToArray();
            var limit = Math.Min(perWindow, options.TimeLimitSeconds - watch.Elapsed.TotalSeconds);
            var improved = SolveWindow(problem, current, window, predecessors, successors, groupsOf, options with { TimeLimitSeconds = limit, Seed = options.Seed + windows });
            windows++;
            if (improved is not null)
            {
                var value = ObjectiveFunction.Evaluate(problem, improved);
                if (value < objective)
                {
                    current = improved;
                    objective = value;
                    sinceImprovement = 0;
                }
                else
                {
                    sinceImprovement += windowSize / 2;
                }
            }
            else
            {
                sinceImprovement += windowSize / 2;
            }

            position += windowSize / 2;
        }

        return objective < start.Objective
            ? new Schedule(current, objective, start.Bound, SolveStatus.Feasible, "cp-sat windows", start.WallSeconds + watch.Elapsed.TotalSeconds)
            : start with { WallSeconds = start.WallSeconds + watch.Elapsed.TotalSeconds };
    }

    private static ScheduledTask[]? SolveWindow(SchedulingProblem problem, ScheduledTask[] current, int[] window,
        List<int>[] predecessors, List<int>[] successors, List<int>[] groupsOf, CpSatOptions options)
    {
        var inWindow = new HashSet<int>(window);
        var spanStart = window.Min(t => current[t].Start);
        var spanEnd = window.Max(t => current[t].End);
        var model = new CpModel();
        var starts = new Dictionary<int, IntVar>();
        var ends = new Dictionary<int, IntVar>();
        var literals = new Dictionary<int, BoolVar[]>();
        var demands = problem.ResourceCapacities.Select(_ => new List<(IntervalVar Interval, int Amount)>()).ToArray();
        foreach (var t in window)
        {
            var task = problem.Tasks[t];
            var earliest = spanStart;
            foreach (var p in predecessors[t].Where(p => !inWindow.Contains(p)))
            {
                earliest = Math.Max(earliest, current[p].End);
            }

            var latest = spanEnd;
            foreach (var s in successors[t].Where(s => !inWindow.Contains(s)))
            {
                latest = Math.Min(latest, current[s].Start);
            }

            var start = model.NewIntVar(earliest, latest, F($"s{t}"));
            var end = model.NewIntVar(earliest, latest, F($"e{t}"));
            var modeLiterals = new BoolVar[task.Modes.Count];
            var duration = LinearExpr.Constant(0);
            for (var m = 0; m < task.Modes.Count; m++)
            {
                modeLiterals[m] = model.NewBoolVar(F($"x{t}_{m}"));
                var interval = model.NewOptionalIntervalVar(start, task.Modes[m].Duration, start + task.Modes[m].Duration, modeLiterals[m], F($"i{t}_{m}"));
                duration += modeLiterals[m] * task.Modes[m].Duration;
                foreach (var d in task.Modes[m].Demands)
                {
                    demands[d.Resource].Add((interval, d.Amount));
                }

                model.AddHint(modeLiterals[m], m == current[t].Mode ? 1 : 0);
            }

            model.AddExactlyOne(modeLiterals);
            model.Add(end == start + duration);
            model.AddHint(start, current[t].Start);
            model.AddHint(end, current[t].End);
            starts[t] = start;
            ends[t] = end;
            literals[t] = modeLiterals;
        }

        // Fixed tasks that hold resources during the window's span.
        for (var t = 0; t < current.Length; t++)
        {
            if (inWindow.Contains(t) || current[t].End <= spanStart || current[t].Start >= spanEnd || current[t].End == current[t].Start)
            {
                continue;
            }

            var interval = model.NewFixedSizeIntervalVar(current[t].Start, current[t].End - current[t].Start, F($"f{t}"));
            foreach (var d in problem.Tasks[t].Modes[current[t].Mode].Demands)
            {
                demands[d.Resource].Add((interval, d.Amount));
            }
        }

        for (var r = 0; r < demands.Length; r++)
        {
            if (demands[r].Count == 0)
            {
                continue;
            }

            var cumulative = model.AddCumulative(problem.ResourceCapacities[r]);
            foreach (var (interval, amount) in demands[r])
            {
                cumulative.AddDemand(interval, amount);
            }
        }

        foreach (var t in window)
        {
            foreach (var p in predecessors[t].Where(inWindow.Contains))
            {
                model.Add(ends[p] <= starts[t]);
            }
        }

        var variables = new List<IntVar>();
        var weights = new List<long>();
        foreach (var t in window.Where(t => problem.Tasks[t].Weight > 0))
        {
            variables.Add(ends[t]);
            weights.Add(problem.Tasks[t].Weight);
        }

        foreach (var g in window.SelectMany(t => groupsOf[t]).Distinct())
        {
            var group = problem.Groups[g];
            if (group.Weight == 0)
            {
                continue;
            }

            var fixedMax = group.Tasks.Where(t => !inWindow.Contains(t)).Select(t => current[t].End).DefaultIfEmpty(0).Max();
            var completion = model.NewIntVar(fixedMax, Math.Max(fixedMax, spanEnd), F($"g{g}"));
            foreach (var t in group.Tasks.Where(inWindow.Contains))
            {
                model.Add(completion >= ends[t]);
            }

            model.AddHint(completion, group.Tasks.Max(t => current[t].End));
            variables.Add(completion);
            weights.Add(group.Weight);
        }

        if (problem.MakespanWeight > 0)
        {
            var fixedMax = current.Where((_, t) => !inWindow.Contains(t)).Select(t => t.End).DefaultIfEmpty(0).Max();
            var makespan = model.NewIntVar(fixedMax, Math.Max(fixedMax, spanEnd), "makespan");
            foreach (var t in window)
            {
                model.Add(makespan >= ends[t]);
            }

            variables.Add(makespan);
            weights.Add(problem.MakespanWeight);
        }

        model.Minimize(LinearExpr.WeightedSum(variables, weights));
        var solver = new CpSolver
        {
            StringParameters = F($"max_time_in_seconds:{options.TimeLimitSeconds} num_workers:{options.Workers} random_seed:{options.Seed}"),
        };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return null;
        }

        var result = current.ToArray();
        foreach (var t in window)
        {
            var mode = Array.FindIndex(literals[t], l => solver.BooleanValue(l));
            result[t] = new ScheduledTask(t, mode, solver.Value(starts[t]), solver.Value(ends[t]));
        }

        return result;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
