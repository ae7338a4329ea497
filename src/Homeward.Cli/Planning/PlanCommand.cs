using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Forecast;
using Homeward.Cli.Rendering;
using Homeward.Planning.Checking;
using Homeward.Planning.Model;
using Homeward.Planning.Plans;
using Homeward.Planning.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Planning;

/// <summary><c>homeward plan</c>: which team clears what next so that people go home soonest.</summary>
internal sealed class PlanCommand : AsyncCommand<PlanCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var assumptions = PlanningInputs.Assumptions(settings);
        if (assumptions is null)
        {
            return ExitCodes.UserError;
        }

        foreach (var (option, path) in new[] { ("--gantt", settings.Gantt), ("--work-lists", settings.WorkLists) })
        {
            if (path is not null && !((option == "--gantt" && ChartFile.IsSupported(path)) ||
                (option == "--work-lists" && (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)))))
            {
                return Messages.Fail(ExitCodes.UserError, option == "--gantt"
                    ? $"--gantt: \"{path}\" must end in .svg or .png."
                    : $"--work-lists: \"{path}\" must end in .csv or .xlsx.");
            }
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            var model = await PlanningModelBuilder.BuildAsync(session.Store, assumptions, null, cancellationToken);
            if (model.Teams.Count == 0)
            {
                return Messages.Fail(ExitCodes.UserError, "this database has no teams (team_capability survey, manual, mdd, mechanical, eod or mixed): there is no one to plan for. Record teams, or add hypothetical ones with --extra-teams mechanical=5.");
            }

            foreach (var organisation in assumptions.ProductivityOverrides.Select(o => o.Organisation).OfType<string>().Distinct(StringComparer.Ordinal)
                .Where(o => !model.Teams.Any(t => string.Equals(t.Organisation, o, StringComparison.Ordinal))))
            {
                Messages.Warning($"--productivity: no team belongs to organisation {organisation}; its figures change nothing.");
            }

            Messages.Note(string.Create(CultureInfo.CurrentCulture,
                $"planning {model.Packages.Count:N0} work packages on {model.Packages.Select(p => p.HazardCode).Distinct().Count():N0} hazardous areas for {model.Teams.Count} teams (CP-SAT, {settings.TimeLimitSeconds:0.#} s, {settings.Workers} workers)…"));
            var plan = ClearancePlanner.Plan(model, new ClearancePlanOptions(settings.Solver()));
            var violations = ClearancePlanChecker.Check(plan);
            if (violations.Count > 0)
            {
                return Messages.Fail(ExitCodes.EnvironmentError, "the plan failed its own feasibility check (a defect: please report it)", violations.Take(20));
            }

            Scenario? saved = null;
            if (settings.Scenario is { } name)
            {
                saved = new ScenarioFolder(PlanningInputs.ScenariosPath(settings)).Save(Scenario.Of(name, 0, DateTimeOffset.UtcNow, settings.EffectiveUser, plan));
                Messages.Note($"saved as scenario {name} version {saved.Version}.");
            }

            if (settings.Gantt is { } gantt)
            {
                await PlanCharts.WriteGanttAsync(gantt, plan, cancellationToken);
                Messages.Note($"wrote the Gantt chart to {gantt}.");
            }

            if (settings.WorkLists is { } lists)
            {
                WorkLists.Write(lists, plan);
                Messages.Note($"wrote the work lists to {lists}.");
            }

            if (plan.Unschedulable.Count > 0)
            {
                Messages.Warning(string.Create(CultureInfo.CurrentCulture,
                    $"{plan.Unschedulable.Count:N0} work package(s) need a kind of team this database does not have (e.g. {plan.Unschedulable[0]}); they are left out."));
            }

            if (model.ContainsSyntheticData)
            {
                Messages.SyntheticWarning();
            }

            if (settings.Json)
            {
                CliJson.Write(PlanJson(plan, saved));
            }
            else
            {
                Render(plan);
            }

            return ExitCodes.Success;
        }, cancellationToken);
    }

    internal static object PlanJson(ClearancePlan plan, Scenario? scenario) => new
    {
        containsSyntheticData = plan.Model.ContainsSyntheticData,
        scenario = scenario is null ? null : new { name = scenario.Name, version = scenario.Version },
        start = plan.Model.Assumptions.StartDate,
        completion = plan.Completion,
        status = plan.Schedule.Status.ToString().ToLowerInvariant(),
        solver = plan.Schedule.Solver,
        objective = plan.Schedule.Objective,
        bound = plan.Schedule.Bound,
        gap = plan.Schedule.Gap,
        baselineObjective = plan.Baseline.Objective,
        heuristicObjective = plan.HeuristicObjective,
        peopleWeightedDays = plan.PeopleWeightedDays,
        baselinePeopleWeightedDays = plan.BaselinePeopleWeightedDays,
        residentWeightedDays = plan.ResidentWeightedDays,
        baselineResidentWeightedDays = plan.BaselineResidentWeightedDays,
        beneficiaryWeightedDays = plan.BeneficiaryWeightedDays,
        baselineBeneficiaryWeightedDays = plan.BaselineBeneficiaryWeightedDays,
        improvementOverBaseline = plan.ImprovementOverBaseline,
        solveSeconds = plan.Schedule.WallSeconds,
        unschedulable = plan.Unschedulable,
        assumptions = plan.Model.Assumptions,
        assignments = plan.Assignments.Select(a => new { team = a.Team, workPackage = a.WorkPackage, hazard = a.Hazard, method = a.Method.ToString().ToLowerInvariant(), start = a.Start, end = a.End }),
        settlements = plan.Settlements.Where(s => s.SafeDay > 0).Select(s => new { code = s.Code, name = s.Name, population = s.Population, safeDate = s.SafeDate }),
    };

    private static void Render(ClearancePlan plan)
    {
        var s = plan.Schedule;
        AnsiConsole.Write(new Markup(string.Create(CultureInfo.CurrentCulture,
            $"[bold]Clearance plan[/] from {plan.Model.Assumptions.StartDate:yyyy-MM-dd}: {plan.Assignments.Count:N0} packages, last ends {plan.Completion:yyyy-MM-dd}\n")));
        var table = new Table().AddColumns("", "This plan", "Priority rules (baseline)");
        table.AddRow("Objective (weighted days)", N0(s.Objective), N0(plan.Baseline.Objective));
        table.AddRow("  people-per-day heuristic (CP-SAT's start)", N0(plan.HeuristicObjective), "");
        table.AddRow("People-weighted days until safe", N0(plan.PeopleWeightedDays), N0(plan.BaselinePeopleWeightedDays));
        table.AddRow("  of which settlement residents", N0(plan.ResidentWeightedDays), N0(plan.BaselineResidentWeightedDays));
        table.AddRow("  of which hazard beneficiaries", N0(plan.BeneficiaryWeightedDays), N0(plan.BaselineBeneficiaryWeightedDays));
        table.AddRow("Improvement over the baseline", string.Create(CultureInfo.CurrentCulture, $"{plan.ImprovementOverBaseline:P1}"), "");
        table.AddRow("Solver", Markup.Escape($"{s.Solver}, {s.Status.ToString().ToLowerInvariant()}, {s.WallSeconds:0.0} s"), "");
        table.AddRow("Proven bound / gap", string.Create(CultureInfo.CurrentCulture, $"{s.Bound:N0} / {s.Gap:P1}"), "");
        AnsiConsole.Write(table);

        var settlements = new Table().Title("Settlements: safe to return (first 25 by people)").AddColumns("Settlement", "People", "Safe from");
        foreach (var x in plan.Settlements.Where(x => x.SafeDay > 0 && x.Population > 0).OrderByDescending(x => x.Population).Take(25))
        {
            settlements.AddRow(Markup.Escape($"{x.Name} ({x.Code})"), N0(x.Population), x.SafeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(settlements);
    }

    private static string N0(double value) => value.ToString("N0", CultureInfo.CurrentCulture);

    internal sealed class Settings : PlanningSettings
    {
        [CommandOption("--gantt <FILE>")]
        [Description("Write the Gantt chart (one row per team, colour by district) as .svg or .png.")]
        public string? Gantt { get; set; }

        [CommandOption("--work-lists <FILE>")]
        [Description("Write the per-team work lists: FILE.csv (one file, a team column) or FILE.xlsx (a sheet per team).")]
        public string? WorkLists { get; set; }
    }
}
