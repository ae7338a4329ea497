using Homeward.Planning.Model;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Plans;

/// <summary>
/// Turns a <see cref="PlanningModel"/> into a scheduling problem (each package a task whose modes are the team
/// methods able to do it; each method a resource with as many units as teams), schedules it three ways — the
/// national priority rules (the baseline), a people-per-day heuristic, and CP-SAT started from the better of the
/// two — and gives the packages to named teams.
/// </summary>
public static class ClearancePlanner
{
    /// <summary>Objective weights are in tenths of a person, so that small infrastructure weights still count.</summary>
    public const long WeightScale = 10;

    /// <summary>Above this many packages, CP-SAT works on windows of the schedule after a shorter whole-problem run.</summary>
    public const int WindowThreshold = 600;

    /// <summary>Plans.</summary>
    public static ClearancePlan Plan(PlanningModel model, ClearancePlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var (problem, packages, crews, unschedulable) = BuildProblem(model);
        var baseline = SerialScheduler.Schedule(problem, PriorityRuleOrder(packages), "priority rules");
        var heuristic = SerialScheduler.Schedule(problem, PeoplePerDayOrder(problem), "people per day");
        var best = heuristic.Objective <= baseline.Objective ? heuristic : baseline;
        var chosen = best;
        if (options.UseCpSat && problem.Tasks.Count > 0)
        {
            // Whole-problem CP-SAT proves the bound; past a few hundred packages it rarely improves the start in a
            // minute, so there a third of the time goes to it and the rest to re-sequencing windows of packages.
            var large = problem.Tasks.Count > WindowThreshold;
            var whole = large ? options.Solver with { TimeLimitSeconds = options.Solver.TimeLimitSeconds / 3 } : options.Solver;
            var solved = CpSatScheduler.Solve(problem, whole, best);
            if (large && solved.Status is SolveStatus.Optimal or SolveStatus.Feasible)
            {
                var improved = WindowedImprover.Improve(problem, solved.Objective <= best.Objective ? solved : best with { Bound = Math.Max(best.Bound, solved.Bound) },
                    options.Solver with { TimeLimitSeconds = options.Solver.TimeLimitSeconds - whole.TimeLimitSeconds });
                solved = improved with { Bound = Math.Max(solved.Bound, improved.Bound), Status = solved.Status == SolveStatus.Optimal ? SolveStatus.Optimal : improved.Status };
            }

            if (solved.Status is SolveStatus.Optimal or SolveStatus.Feasible && solved.Objective <= best.Objective)
            {
                chosen = solved;
            }
            else
            {
                chosen = best with { Bound = Math.Min(best.Objective, Math.Max(best.Bound, solved.Bound)), WallSeconds = best.WallSeconds + solved.WallSeconds };
            }
        }

        var calendar = model.Assumptions.Calendar();
        var assignments = TeamAssigner.Assign(model, problem, packages, crews, chosen, calendar);
        var settlements = SettlementDates(model, packages, chosen, calendar);
        var baselineSettlements = SettlementDates(model, packages, baseline, calendar);
        var residents = PeopleWeightedDays(settlements, calendar);
        var baselineResidents = PeopleWeightedDays(baselineSettlements, calendar);
        var beneficiaries = BeneficiaryWeightedDays(packages, chosen, calendar);
        var baselineBeneficiaries = BeneficiaryWeightedDays(packages, baseline, calendar);
        return new ClearancePlan(model, problem, chosen, baseline, assignments, settlements)
        {
            ResidentWeightedDays = residents,
            BaselineResidentWeightedDays = baselineResidents,
            BeneficiaryWeightedDays = beneficiaries,
            BaselineBeneficiaryWeightedDays = baselineBeneficiaries,
            HeuristicObjective = heuristic.Objective,
            Completion = calendar.EndDateOf(chosen.Makespan),
            Unschedulable = unschedulable,
        };
    }

    /// <summary>The expected working days a team of <paramref name="crew"/> needs for a package.</summary>
    public static int ExpectedDuration(PlanningModel model, WorkPackage package, PlanningCrew crew, ProductivityTable productivity)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(crew);
        ArgumentNullException.ThrowIfNull(productivity);
        var rate = crew.Rate(productivity, package.Work)?.Mean ?? throw new ArgumentException($"{crew.Method} teams cannot do {package.Work}.", nameof(crew));
        var assumptions = model.Assumptions;
        var days = package.AreaSquareMetres / rate / (1 - assumptions.LostDayShare.Mean);
        if (package.Work == WorkKind.MineClearance)
        {
            days *= 1 + assumptions.FindingsDelayShare.Mean;
        }

        return Math.Max(1, (int)Math.Ceiling(days));
    }

    internal static (SchedulingProblem Problem, WorkPackage[] Packages, PlanningCrew[] Crews, IReadOnlyList<string> Unschedulable) BuildProblem(PlanningModel model)
    {
        var productivity = model.Assumptions.Productivity();
        var crews = model.Teams.Select(productivity.CrewOf).Distinct().OrderBy(c => c.Method).ThenBy(c => c.Organisation, StringComparer.Ordinal).ToArray();
        var capacities = crews.Select(c => model.Teams.Count(t => productivity.CrewOf(t) == c)).ToArray();
        var unschedulable = model.Packages
            .Where(p => !crews.Any(c => c.Rate(productivity, p.Work) is not null))
            .Select(p => p.Id)
            .ToHashSet(StringComparer.Ordinal);

        // A package whose predecessor cannot be done cannot be done either.
        var packages = model.Packages.Where(p => !unschedulable.Contains(p.Id) && !p.Predecessors.Any(unschedulable.Contains)).ToArray();
        var index = packages.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var tasks = packages.Select(p => new SchedulingTask(p.Id,
            [.. crews.Select((c, r) => (c, r)).Where(x => x.c.Rate(productivity, p.Work) is not null)
                .Select(x => TaskMode.OneUnitOf(x.r, ExpectedDuration(model, p, x.c, productivity)))],
            1 + (long)Math.Round(p.InfrastructureWeight * WeightScale))).ToArray();
        var precedences = packages.SelectMany(p => p.Predecessors.Where(index.ContainsKey).Select(q => new Precedence(index[q], index[p.Id]))).ToArray();
        var tasksOfHazard = packages.Select((p, i) => (p.HazardCode, i)).ToLookup(x => x.HazardCode, x => x.i, StringComparer.Ordinal);
        var groups = model.Settlements
            .Where(s => s.Population > 0 && s.BlockingHazards.Count > 0)
            .Select(s => new CompletionGroup(s.Code,
                (long)Math.Round(s.Population * WeightScale * model.Assumptions.DistrictWeights.GetValueOrDefault(s.District ?? "", 1)),
                [.. s.BlockingHazards.SelectMany(h => tasksOfHazard[h])]))
            .ToArray();
        var hazardGroups = packages.Where(p => p.Beneficiaries > 0).GroupBy(p => p.HazardCode, StringComparer.Ordinal)
            .Select(g => new CompletionGroup(g.Key,
                (long)Math.Round(g.First().Beneficiaries * WeightScale * model.Assumptions.DistrictWeights.GetValueOrDefault(g.First().District ?? "", 1)),
                [.. tasksOfHazard[g.Key]]));
        var problem = new SchedulingProblem(capacities, tasks, precedences, [.. groups, .. hazardGroups], MakespanWeight: 0);
        problem.Validate();
        return (problem, packages, crews, [.. model.Packages.Where(p => !index.ContainsKey(p.Id)).Select(p => p.Id)]);
    }

    /// <summary>
    /// The national priority rules as planners apply them by hand: rule class first (casualties, socio-economic,
    /// resettlement, reconstruction, food security, other), then the people waiting on the hazard (residents kept
    /// from home and the beneficiaries its survey recorded), then the recorded priority, then the hazard code; a
    /// hazard's survey before its clearance. The rules do not weigh how long the work takes.
    /// </summary>
    internal static int[] PriorityRuleOrder(WorkPackage[] packages) =>
        [.. packages.Select((p, i) => (p, i))
            .OrderBy(x => x.p.RuleClass)
            .ThenByDescending(x => x.p.PeopleBlocked + x.p.Beneficiaries)
            .ThenBy(x => x.p.RecordedPriority)
            .ThenBy(x => x.p.HazardCode, StringComparer.Ordinal)
            .ThenBy(x => x.p.Id, StringComparer.Ordinal)
            .Select(x => x.i)];

    /// <summary>
    /// Smith's rule lifted to groups: a task's score is the best weight-per-day among the settlements it helps free
    /// (the settlement's weight over the shortest total work blocking it) plus its own weight per day.
    /// </summary>
    internal static int[] PeoplePerDayOrder(SchedulingProblem problem)
    {
        var n = problem.Tasks.Count;
        var minDuration = problem.Tasks.Select(t => (double)Math.Max(1, t.Modes.Min(m => m.Duration))).ToArray();
        var score = problem.Tasks.Select((t, i) => t.Weight / minDuration[i]).ToArray();
        foreach (var group in problem.Groups)
        {
            var work = group.Tasks.Sum(t => minDuration[t]);
            var ratio = group.Weight / Math.Max(1, work);
            foreach (var t in group.Tasks)
            {
                score[t] = Math.Max(score[t], ratio + (problem.Tasks[t].Weight / minDuration[t]));
            }
        }

        return [.. Enumerable.Range(0, n).OrderByDescending(i => score[i]).ThenBy(i => i)];
    }

    private static List<SettlementDate> SettlementDates(PlanningModel model, WorkPackage[] packages, Schedule schedule, WorkCalendar calendar)
    {
        var endOfHazard = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < packages.Length; i++)
        {
            var end = schedule.Tasks[i].End;
            endOfHazard[packages[i].HazardCode] = Math.Max(endOfHazard.GetValueOrDefault(packages[i].HazardCode), end);
        }

        return [.. model.Settlements.Select(s =>
        {
            var day = s.BlockingHazards.Select(h => endOfHazard.GetValueOrDefault(h)).DefaultIfEmpty(0).Max();
            return new SettlementDate(s.Code, s.Name, s.Population, day, day == 0 ? calendar.Start : calendar.EndDateOf(day));
        })];
    }

    private static double BeneficiaryWeightedDays(WorkPackage[] packages, Schedule schedule, WorkCalendar calendar)
    {
        var endOfHazard = new Dictionary<string, (long End, long People)>(StringComparer.Ordinal);
        for (var i = 0; i < packages.Length; i++)
        {
            var (end, _) = endOfHazard.GetValueOrDefault(packages[i].HazardCode);
            endOfHazard[packages[i].HazardCode] = (Math.Max(end, schedule.Tasks[i].End), packages[i].Beneficiaries);
        }

        return endOfHazard.Values.Where(h => h.People > 0)
            .Sum(h => h.People * (double)(calendar.EndDateOf(h.End).DayNumber - calendar.Start.DayNumber + 1));
    }

    private static double PeopleWeightedDays(IEnumerable<SettlementDate> settlements, WorkCalendar calendar) =>
        settlements.Where(s => s.SafeDay > 0).Sum(s => s.Population * (double)(s.SafeDate.DayNumber - calendar.Start.DayNumber + 1));
}
