using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Homeward.Planning.Scheduling;

/// <summary>
/// Solves a <see cref="SchedulingProblem"/> with OR-Tools CP-SAT: one interval per task (optional intervals per mode
/// when there are several), one cumulative constraint per resource, precedences as end ≤ start, and the objective as
/// a weighted sum of ends, group completions and the makespan. A starting schedule, when given, is passed as a hint,
/// so the answer is never worse than it.
/// </summary>
public static class CpSatScheduler
{
    /// <summary>Solves the problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Time limit, workers, gap limit and seed.</param>
    /// <param name="hint">An optional feasible schedule to start from.</param>
    public static Schedule Solve(SchedulingProblem problem, CpSatOptions options, Schedule? hint = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        problem.Validate();
        var watch = Stopwatch.StartNew();
        var horizon = problem.Horizon;
        if (hint is not null)
        {
            horizon = Math.Max(horizon, hint.Makespan);
        }

        var model = new CpModel();
        var n = problem.Tasks.Count;
        var starts = new IntVar[n];
        var ends = new IntVar[n];
        var modeLiterals = new BoolVar[n][];
        var demandsByResource = problem.ResourceCapacities.Select(_ => new List<(IntervalVar Interval, int Amount)>()).ToArray();

        for (var i = 0; i < n; i++)
        {
            var task = problem.Tasks[i];
            var minDuration = task.Modes.Min(m => m.Duration);
            starts[i] = model.NewIntVar(0, horizon - minDuration, $"s{i}");
            ends[i] = model.NewIntVar(minDuration, horizon, $"e{i}");
            if (task.Modes.Count == 1)
            {
                var mode = task.Modes[0];
                var interval = model.NewIntervalVar(starts[i], mode.Duration, ends[i], $"t{i}");
                modeLiterals[i] = [];
                foreach (var d in mode.Demands)
                {
                    demandsByResource[d.Resource].Add((interval, d.Amount));
                }

                continue;
            }

            var literals = new BoolVar[task.Modes.Count];
            var duration = LinearExpr.Constant(0);
            for (var m = 0; m < task.Modes.Count; m++)
            {
                var mode = task.Modes[m];
                literals[m] = model.NewBoolVar($"x{i}_{m}");
                var interval = model.NewOptionalIntervalVar(starts[i], mode.Duration, starts[i] + mode.Duration, literals[m], $"t{i}_{m}");
                duration += literals[m] * mode.Duration;
                foreach (var d in mode.Demands)
                {
                    demandsByResource[d.Resource].Add((interval, d.Amount));
                }
            }

            model.AddExactlyOne(literals);
            model.Add(ends[i] == starts[i] + duration);
            modeLiterals[i] = literals;
        }

        for (var r = 0; r < problem.ResourceCapacities.Count; r++)
        {
            var demands = demandsByResource[r];
            if (demands.Count == 0)
            {
                continue;
            }

            if (problem.ResourceCapacities[r] == 1 || demands.All(d => d.Amount > problem.ResourceCapacities[r] / 2))
            {
                // Nothing can run side by side: a no-overlap constraint propagates better than a cumulative one.
                model.AddNoOverlap(demands.Select(d => d.Interval));
                continue;
            }

            var cumulative = model.AddCumulative(problem.ResourceCapacities[r]);
            foreach (var (interval, amount) in demands)
            {
                cumulative.AddDemand(interval, amount);
            }
        }

        foreach (var p in problem.Precedences)
        {
            model.Add(ends[p.Before] <= starts[p.After]);
        }

        var objectiveVariables = new List<IntVar>();
        var objectiveWeights = new List<long>();
        for (var i = 0; i < n; i++)
        {
            if (problem.Tasks[i].Weight > 0)
            {
                objectiveVariables.Add(ends[i]);
                objectiveWeights.Add(problem.Tasks[i].Weight);
            }
        }

        var groupVariables = new List<IntVar>();
        foreach (var group in problem.Groups)
        {
            var completion = model.NewIntVar(0, horizon, $"g_{group.Id}");
            foreach (var t in group.Tasks)
            {
                model.Add(completion >= ends[t]);
            }

            groupVariables.Add(completion);
            if (group.Weight > 0)
            {
                objectiveVariables.Add(completion);
                objectiveWeights.Add(group.Weight);
            }
        }

        IntVar? makespan = null;
        if (problem.MakespanWeight > 0)
        {
            makespan = model.NewIntVar(0, horizon, "makespan");
            foreach (var end in ends)
            {
                model.Add(makespan >= end);
            }

            objectiveVariables.Add(makespan);
            objectiveWeights.Add(problem.MakespanWeight);
        }

        model.Minimize(LinearExpr.WeightedSum(objectiveVariables, objectiveWeights));

        if (hint is not null)
        {
            AddHint(model, problem, hint, starts, ends, modeLiterals, groupVariables, makespan);
        }

        var solver = new CpSolver
        {
            StringParameters = options.Deterministic
                ? string.Create(CultureInfo.InvariantCulture,
                    $"max_deterministic_time:{options.TimeLimitSeconds} num_workers:{options.Workers} interleave_search:true relative_gap_limit:{options.RelativeGapLimit} random_seed:{options.Seed}")
                : string.Create(CultureInfo.InvariantCulture,
                    $"max_time_in_seconds:{options.TimeLimitSeconds} num_workers:{options.Workers} relative_gap_limit:{options.RelativeGapLimit} random_seed:{options.Seed}"),
        };
        var status = solver.Solve(model);
        var solveStatus = status switch
        {
            CpSolverStatus.Optimal => SolveStatus.Optimal,
            CpSolverStatus.Feasible => SolveStatus.Feasible,
            CpSolverStatus.Infeasible => SolveStatus.Infeasible,
            CpSolverStatus.ModelInvalid => throw new InvalidOperationException("CP-SAT called the model invalid: " + model.Validate()),
            _ => SolveStatus.Unknown,
        };
        if (solveStatus is SolveStatus.Infeasible or SolveStatus.Unknown)
        {
            return new Schedule([], 0, (long)Math.Ceiling(solver.BestObjectiveBound), solveStatus, "cp-sat", watch.Elapsed.TotalSeconds);
        }

        var tasks = new ScheduledTask[n];
        for (var i = 0; i < n; i++)
        {
            var mode = 0;
            for (var m = 0; m < modeLiterals[i].Length; m++)
            {
                if (solver.BooleanValue(modeLiterals[i][m]))
                {
                    mode = m;
                }
            }

            tasks[i] = new ScheduledTask(i, mode, solver.Value(starts[i]), solver.Value(ends[i]));
        }

        var objective = ObjectiveFunction.Evaluate(problem, tasks);
        var bound = (long)Math.Ceiling(solver.BestObjectiveBound - 1e-6);
        return new Schedule(tasks, objective, Math.Min(bound, objective), solveStatus, "cp-sat", watch.Elapsed.TotalSeconds);
    }

    private static void AddHint(CpModel model, SchedulingProblem problem, Schedule hint, IntVar[] starts, IntVar[] ends,
        BoolVar[][] modeLiterals, List<IntVar> groupVariables, IntVar? makespan)
    {
        for (var i = 0; i < starts.Length; i++)
        {
            var scheduled = hint.Tasks[i];
            model.AddHint(starts[i], scheduled.Start);
            model.AddHint(ends[i], scheduled.End);
            for (var m = 0; m < modeLiterals[i].Length; m++)
            {
                model.AddHint(modeLiterals[i][m], m == scheduled.Mode ? 1 : 0);
            }
        }

        for (var g = 0; g < groupVariables.Count; g++)
        {
            var tasks = problem.Groups[g].Tasks;
            model.AddHint(groupVariables[g], tasks.Count == 0 ? 0 : tasks.Max(t => hint.Tasks[t].End));
        }

        if (makespan is not null)
        {
            model.AddHint(makespan, hint.Makespan);
        }
    }
}
