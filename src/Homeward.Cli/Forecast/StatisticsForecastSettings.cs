using System.ComponentModel;
using Homeward.Planning.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Forecast;

/// <summary>The options of the forecast and back-test from periodic statistics.</summary>
internal class StatisticsForecastSettings : DatabaseSettings
{
    [CommandOption("--from-stats <FILE>")]
    [Description("The programme's periodic statistics, CSV: period_start,period_end,released_m2 and optionally cancelled_m2, reduced_m2, cleared_m2, teams, deminers, machines, dogs, remaining_estimate_m2 (docs/planning.md).")]
    public string? FromStats { get; set; }

    [CommandOption("--runs <N>")]
    [Description("Monte Carlo runs (at least 100).")]
    [DefaultValue(10_000)]
    public int Runs { get; set; } = 10_000;

    [CommandOption("--seed <N>")]
    [Description("The random seed: the same seed and file give the same forecast.")]
    [DefaultValue(1)]
    public int Seed { get; set; } = 1;

    [CommandOption("--horizon-years <N>")]
    [Description("How many years ahead to simulate; completion later than this is reported as not within the horizon.")]
    [DefaultValue(50)]
    public int HorizonYears { get; set; } = 50;

    [CommandOption("--trend-periods <N>")]
    [Description("How many of the most recent periods the rate, its trend and its variability are fitted on.")]
    [DefaultValue(5)]
    public int TrendPeriods { get; set; } = 5;

    [CommandOption("--remaining-m2 <M2>")]
    [Description("The area still to release at the end of the statistics, m², instead of the file's remaining_estimate_m2.")]
    public double? RemainingM2 { get; set; }

    [CommandOption("--no-revisions")]
    [Description("Do not continue the recorded revisions of the remaining estimate beyond release.")]
    public bool NoRevisions { get; set; }

    public StatisticsForecastOptions Options() => StatisticsForecastOptions.Default with
    {
        Runs = Runs,
        Seed = Seed,
        HorizonYears = HorizonYears,
        TrendPeriods = TrendPeriods,
        RemainingM2 = RemainingM2,
        ApplyRevisions = !NoRevisions,
    };

    public override ValidationResult Validate() =>
        FromStats is null ? ValidationResult.Error("--from-stats FILE.csv is required.")
        : Runs < 100 ? ValidationResult.Error("--runs must be at least 100.")
        : HorizonYears is < 1 or > 200 ? ValidationResult.Error("--horizon-years must be between 1 and 200.")
        : TrendPeriods < 1 ? ValidationResult.Error("--trend-periods must be at least 1.")
        : RemainingM2 < 0 ? ValidationResult.Error("--remaining-m2 must not be negative.")
        : ValidationResult.Success();
}
