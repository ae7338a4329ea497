using System.Globalization;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Checking;

/// <summary>
/// Verifies a schedule against its problem without sharing code with the schedulers: every task once, in one of its
/// modes, with end = start + duration, no negative start, every precedence kept, no resource over capacity at any
/// instant (checked by sweeping start and end events), and the objective recomputed from scratch.
/// </summary>
public static class ScheduleChecker
{
    /// <summary>Returns every violation found; an empty list means the schedule is feasible and its objective right.</summary>
    public static IReadOnlyList<string> Check(SchedulingProblem problem, Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(schedule);
        var errors = new List<string>();
        var n = problem.Tasks.Count;
        if (schedule.Tasks.Count != n)
        {
            errors.Add(F($"the schedule has {schedule.Tasks.Count} task(s); the problem has {n}"));
            return errors;
        }

        var seen = new bool[n];
        foreach (var t in schedule.Tasks)
        {
            if (t.Task < 0 || t.Task >= n || seen[t.Task])
            {
                errors.Add(F($"task index {t.Task} is unknown or scheduled twice"));
                continue;
            }

            seen[t.Task] = true;
            var task = problem.Tasks[t.Task];
            if (t.Mode < 0 || t.Mode >= task.Modes.Count)
            {
                errors.Add(F($"task {task.Id} uses mode {t.Mode}, which it does not have"));
                continue;
            }

            if (t.Start < 0)
            {
                errors.Add(F($"task {task.Id} starts at {t.Start}, before time 0"));
            }

            if (t.End - t.Start != task.Modes[t.Mode].Duration)
            {
                errors.Add(F($"task {task.Id} lasts {t.End - t.Start}; its mode {t.Mode} takes {task.Modes[t.Mode].Duration}"));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var byTask = new ScheduledTask[n];
        foreach (var t in schedule.Tasks)
        {
            byTask[t.Task] = t;
        }

        foreach (var p in problem.Precedences)
        {
            if (byTask[p.After].Start < byTask[p.Before].End)
            {
                errors.Add(F($"task {problem.Tasks[p.After].Id} starts at {byTask[p.After].Start}, before {problem.Tasks[p.Before].Id} ends at {byTask[p.Before].End}"));
            }
        }

        for (var r = 0; r < problem.ResourceCapacities.Count; r++)
        {
            // Events (time, +amount at start / −amount at end); at equal times ends come first (intervals are half-open).
            var events = new List<(long Time, int Delta)>();
            foreach (var t in byTask)
            {
                if (t.End == t.Start)
                {
                    continue;
                }

                foreach (var d in problem.Tasks[t.Task].Modes[t.Mode].Demands)
                {
                    if (d.Resource == r)
                    {
                        events.Add((t.Start, d.Amount));
                        events.Add((t.End, -d.Amount));
                    }
                }
            }

            events.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Delta.CompareTo(b.Delta));
            var use = 0;
            foreach (var (time, delta) in events)
            {
                use += delta;
                if (use > problem.ResourceCapacities[r])
                {
                    errors.Add(F($"resource {r} is used {use} times at time {time}; its capacity is {problem.ResourceCapacities[r]}"));
                    break;
                }
            }
        }

        long objective = 0;
        foreach (var t in byTask)
        {
            objective += problem.Tasks[t.Task].Weight * t.End;
        }

        foreach (var g in problem.Groups)
        {
            objective += g.Weight * (g.Tasks.Count == 0 ? 0 : g.Tasks.Select(i => byTask[i].End).Max());
        }

        objective += problem.MakespanWeight * (n == 0 ? 0 : byTask.Max(t => t.End));
        if (objective != schedule.Objective)
        {
            errors.Add(F($"the schedule states objective {schedule.Objective}; recomputed it is {objective}"));
        }

        if (schedule.Bound > schedule.Objective)
        {
            errors.Add(F($"the bound {schedule.Bound} is above the objective {schedule.Objective}"));
        }

        return errors;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
