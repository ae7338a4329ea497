using System.ComponentModel;
using Homeward.Cli.Forecast;
using Spectre.Console.Cli;

namespace Homeward.Cli.Planning;

/// <summary>
/// The options of <c>forecast</c> and <c>backtest</c>: the runs and seed, and — with <c>--from-stats</c> — the
/// programme-statistics forecast's own options instead of a plan from the database.
/// </summary>
internal class ForecastSettings : PlanningSettings
{
    [CommandOption("--runs <N>")]
    [Description("Simulated futures (100 to 1,000,000). Default: 10,000.")]
    [DefaultValue(10_000)]
    public int Runs { get; set; } = 10_000;

    [CommandOption("--seed <N>")]
    [Description("The random seed: the same seed and data give the same forecast. Default: 2020.")]
    [DefaultValue(2020)]
    public int Seed { get; set; } = 2020;

    [CommandOption("--from-stats <FILE.csv>")]
    [Description("Forecast from a programme's periodic statistics instead of the database: period_start,period_end,released_m2 and optionally cancelled_m2, reduced_m2, cleared_m2, teams, deminers, machines, dogs, remaining_estimate_m2 (docs/planning.md).")]
    public string? FromStats { get; set; }

    [CommandOption("--horizon-years <N>")]
    [Description("With --from-stats: years ahead to simulate; completion later than this is reported as not within the horizon. Default: 50.")]
    [DefaultValue(50)]
    public int HorizonYears { get; set; } = 50;

    [CommandOption("--trend-periods <N>")]
    [Description("With --from-stats: the most recent periods the rate, its trend and its variability are fitted on. Default: 5.")]
    [DefaultValue(5)]
    public int TrendPeriods { get; set; } = 5;

    [CommandOption("--remaining-m2 <M2>")]
    [Description("With --from-stats: the area still to release at the end of the statistics, instead of the file's remaining_estimate_m2.")]
    public double? RemainingM2 { get; set; }

    [CommandOption("--no-revisions")]
    [Description("With --from-stats: do not continue the recorded revisions of the remaining estimate beyond release.")]
    public bool NoRevisions { get; set; }

    /// <summary>Copies the shared options into the statistics forecast's settings.</summary>
    public T ToStatistics<T>(T target)
        where T : StatisticsForecastSettings
    {
        target.FromStats = FromStats;
        target.Runs = Runs;
        target.Seed = Seed;
        target.HorizonYears = HorizonYears;
        target.TrendPeriods = TrendPeriods;
        target.RemainingM2 = RemainingM2;
        target.NoRevisions = NoRevisions;
        target.Json = Json;
        target.Verbose = Verbose;
        return target;
    }
}
