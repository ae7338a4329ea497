using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Planning.Backtesting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Forecast;

/// <summary>
/// <c>homeward backtest --from-stats FILE.csv --as-of DATE</c> : the forecast as it
/// would have been made from the periods ended by DATE, against the periods recorded after it: error per horizon, whether
/// each actual fell inside the P10–P90 band, and the completion check.
/// </summary>
internal sealed class BacktestFromStatsCommand : AsyncCommand<BacktestFromStatsCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(settings.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            return Messages.Fail(ExitCodes.UserError, $"--as-of {settings.AsOf}: use a date as YYYY-MM-DD.");
        }

        var (statistics, exitCode) = await StatisticsFile.ReadAsync(settings.FromStats!, cancellationToken);
        if (statistics is null)
        {
            return exitCode;
        }

        var result = StatisticsBacktester.Backtest(statistics, asOf, settings.Options());
        if (!result.TryGetValue(out var backtest))
        {
            return Messages.Fail(ExitCodes.UserError, $"{settings.FromStats}: {result.Error}");
        }

        if (settings.Json)
        {
            StatisticsForecastJson.Write(Json(backtest, Path.GetFileName(settings.FromStats!)));
            return ExitCodes.Success;
        }

        Write(backtest, settings.FromStats!);
        return ExitCodes.Success;
    }

    private static object Json(StatisticsBacktest b, string source) => new
    {
        source,
        asOf = b.AsOf,
        trainedUntil = b.TrainedUntil,
        trainingPeriods = b.TrainingPeriods,
        horizons = b.Horizons.Select(h => new
        {
            date = h.Date,
            daysAhead = h.DaysAhead,
            actualM2 = h.ActualM2,
            p10 = h.P10,
            p50 = h.P50,
            p90 = h.P90,
            errorM2 = h.ErrorM2,
            relativeError = h.RelativeError,
            inside = h.Inside,
            actualRemainingM2 = h.ActualRemainingM2,
            remainingM2P10 = h.RemainingM2P10,
            remainingM2P50 = h.RemainingM2P50,
            remainingM2P90 = h.RemainingM2P90,
            remainingInside = h.RemainingInside,
        }),
        coverage = b.Coverage,
        meanAbsoluteRelativeError = b.MeanAbsoluteRelativeError,
        remainingCoverage = b.RemainingCoverage,
        completion = b.Completion is null ? null : new
        {
            actual = b.Completion.Actual,
            lastRecorded = b.Completion.LastRecorded,
            p10 = b.Completion.P10,
            p50 = b.Completion.P50,
            p90 = b.Completion.P90,
            inside = b.Completion.Inside,
        },
        forecast = StatisticsForecastJson.Of(b.Forecast, source),
    };

    private static void Write(StatisticsBacktest b, string source)
    {
        var console = AnsiConsole.Console;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]Back-test of {Path.GetFileName(source)}[/] as of {b.AsOf:yyyy-MM-dd}: forecast from {b.TrainingPeriods} period(s) to {b.TrainedUntil:yyyy-MM-dd}, compared with {b.Horizons.Count} later period(s). Released since {b.TrainedUntil:yyyy-MM-dd}, km²:");
        var table = new Table().AddColumns("until", "days", "actual", "P10", "P50", "P90", "error", "relative", "in P10–P90", "remaining actual", "remaining P10–P90");
        foreach (var h in b.Horizons)
        {
            table.AddRow(
                h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.DaysAhead.ToString(CultureInfo.InvariantCulture),
                Km2(h.ActualM2), Km2(h.P10), Km2(h.P50), Km2(h.P90), Km2(h.ErrorM2),
                h.RelativeError?.ToString("+0%;-0%", CultureInfo.InvariantCulture) ?? "-", h.Inside ? "yes" : "no",
                h.ActualRemainingM2 is { } r ? Km2(r) : "-",
                h.RemainingM2P10 is { } r10 ? $"{Km2(r10)}–{Km2(h.RemainingM2P90!.Value)} {(h.RemainingInside == true ? "(in)" : "(out)")}" : "-");
        }

        console.Write(table);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Coverage of the P10–P90 band: {b.Coverage:P0} (nominal 80 %); mean |relative error| {(b.MeanAbsoluteRelativeError is { } e ? e.ToString("P0", CultureInfo.InvariantCulture) : "-")}; remaining estimates inside: {(b.RemainingCoverage is { } rc ? rc.ToString("P0", CultureInfo.InvariantCulture) : "-")}.");
        if (b.Completion is { } c)
        {
            var verdict = c.Inside switch { true => "inside the band", false => "outside the band", null => "not yet decidable" };
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Completion forecast P10 {Date(c.P10)}, P50 {Date(c.P50)}, P90 {Date(c.P90)}; recorded: {(c.Actual is { } a ? $"{a:yyyy-MM-dd}" : $"not finished by {c.LastRecorded:yyyy-MM-dd}")} — {verdict}.");
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not within horizon";

    private static string Km2(double m2) => (m2 / 1e6).ToString("N2", CultureInfo.InvariantCulture);

    internal sealed class Settings : StatisticsForecastSettings
    {
        [CommandOption("--as-of <DATE>")]
        [Description("Forecast from the periods that had ended by this date (YYYY-MM-DD) and compare with the later ones.")]
        public string AsOf { get; set; } = string.Empty;

        public override ValidationResult Validate() =>
            string.IsNullOrEmpty(AsOf) ? ValidationResult.Error("--as-of DATE is required.") : base.Validate();
    }
}
