using System.ComponentModel;
using Spectre.Console.Cli;

namespace Homeward.Cli.Planning;

/// <summary>The options shared by <c>plan</c>, <c>forecast</c> and <c>backtest</c>: what to plan from and under which assumptions.</summary>
internal class PlanningSettings : DatabaseSettings
{
    [CommandOption("--scenario <NAME>")]
    [Description("Save the plan as the next version of this named scenario (its assumptions are reused when no other option changes them).")]
    public string? Scenario { get; set; }

    [CommandOption("--scenarios <DIR>")]
    [Description("Where scenarios are kept. Default: a 'scenarios' folder beside the GeoPackage (the current folder for PostgreSQL).")]
    public string? ScenariosFolder { get; set; }

    [CommandOption("--start <DATE>")]
    [Description("The plan's first day (ISO date). Default: today.")]
    public string? Start { get; set; }

    [CommandOption("--time-limit <SECONDS>")]
    [Description("CP-SAT's time limit; the best plan found by then is used and its gap reported. Default: 60.")]
    [DefaultValue(60.0)]
    public double TimeLimitSeconds { get; set; } = 60;

    [CommandOption("--workers <N>")]
    [Description("CP-SAT's search workers. Default: 2.")]
    [DefaultValue(2)]
    public int Workers { get; set; } = 2;

    [CommandOption("--deterministic")]
    [Description("Make the plan repeatable: the time limit counts the solver's deterministic time, so the same data give the same plan (and forecast) on any machine.")]
    public bool Deterministic { get; set; }

    [CommandOption("--extra-teams <METHOD=N>")]
    [Description("Add hypothetical teams, e.g. --extra-teams mechanical=10 (methods: survey, manual, mdd, mechanical, eod, mixed). Repeatable.")]
    public string[] ExtraTeams { get; set; } = [];

    [CommandOption("--district-weight <CODE=W>")]
    [Description("Weigh a district's people and land W times, e.g. --district-weight AGD=3 for \"Aghdam first\". Repeatable.")]
    public string[] DistrictWeights { get; set; } = [];

    [CommandOption("--days-per-week <N>")]
    [Description("Working days per week (Monday first). Default: 5.")]
    public int? DaysPerWeek { get; set; }

    [CommandOption("--winter <MM-DD/MM-DD>")]
    [Description("The winter stand-down, or 'none'. Default: 12-20/02-10.")]
    public string? Winter { get; set; }

    [CommandOption("--settlement-radius-metres <M>")]
    [Description("A settlement counts as blocked by a hazard within this distance. Default: 1000.")]
    public double? SettlementRadiusMetres { get; set; }

    [CommandOption("--productivity <[ORG@]METHOD:WORK=MIN/LIKELY/MAX>")]
    [Description("Replace a productivity row, m² per team-day, e.g. --productivity manual:mine=100/250/400 (work: survey, mine, battle-area); ORG@ makes it one organisation's own figure for its teams. Repeatable.")]
    public string[] Productivity { get; set; } = [];

    [CommandOption("--productivity-factor <F>")]
    [Description("Multiply every team productivity by F (a programme's own record against the reference figures). Default: 1.")]
    public double? ProductivityFactor { get; set; }

    /// <summary>The solver options these settings ask for.</summary>
    public Homeward.Planning.Scheduling.CpSatOptions Solver() => new(TimeLimitSeconds, Workers, Deterministic: Deterministic);
}
