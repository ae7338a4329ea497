using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Forecast;
using Homeward.Cli.Rendering;
using Homeward.Planning.Backtesting;
using Homeward.Planning.Forecast;
using Homeward.Planning.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Planning;

/// <summary><c>homeward backtest --as-of DATE</c>: forecast from the database as it was, and compare with what happened.</summary>
internal sealed class BacktestCommand : AsyncCommand<BacktestCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.FromStats is not null)
        {
            var statistics = settings.ToStatistics(new BacktestFromStatsCommand.Settings { AsOf = settings.AsOf ?? string.Empty });
            var validation = statistics.Validate();
            return validation.Successful
                ? await new BacktestFromStatsCommand().ExecuteAsync(context, statistics, cancellationToken)
                : Messages.Fail(ExitCodes.UserError, validation.Message ?? "invalid options.");
        }

        if (settings.AsOf is not { } text || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            return Messages.Fail(ExitCodes.UserError, "--as-of DATE (YYYY-MM-DD) is required: the date to forecast from.");
        }

        if (settings.Runs is < 100 or > 1_000_000)
        {
            return Messages.Fail(ExitCodes.UserError, "--runs is 100 to 1,000,000.");
        }

        var assumptions = PlanningInputs.Assumptions(settings, asOf);
        if (assumptions is null)
        {
            return ExitCodes.UserError;
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            Messages.Note($"forecasting from the database as of {asOf:yyyy-MM-dd} and comparing with what was recorded since…");
            var (result, _, _) = await StoreBacktest.RunAsync(session.Store, assumptions,
                new ClearancePlanOptions(settings.Solver()), new ForecastOptions(settings.Runs, settings.Seed), cancellationToken);
            if (result.ContainsSyntheticData)
            {
                Messages.SyntheticWarning();
            }

            if (settings.Json)
            {
                CliJson.Write(result);
                return ExitCodes.Success;
            }

            AnsiConsole.Write(new Markup(string.Create(CultureInfo.CurrentCulture,
                $"[bold]Back-test[/] as of {result.AsOf:yyyy-MM-dd}, data to {result.DataEnd:yyyy-MM-dd}; productivity calibrated ×{result.CalibrationFactor:0.###} to the year before\n")));
            var table = new Table().AddColumns("Date", "Recorded km²", "P10", "P50", "P90", "In band");
            foreach (var p in result.Points)
            {
                table.AddRow(p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), K(p.ActualM2), K(p.RemainingM2P10), K(p.RemainingM2P50), K(p.RemainingM2P90), p.InsideBand ? "yes" : "[red]no[/]");
            }

            AnsiConsole.Write(table);
            AnsiConsole.Write(new Markup(string.Create(CultureInfo.CurrentCulture,
                $"National: {result.NationalCoverage:P0} of months inside P10–P90, mean absolute error {result.NationalMeanAbsoluteRelativeError:P1} of the remaining area.\nHazards: {result.HazardsClosed:N0} of {result.HazardsForecast:N0} closed since; {result.HazardCoverage:P0} closed inside their P10–P90; median error {result.HazardMedianAbsoluteErrorDays:N0} days; {result.HazardsOpenPastP90:N0} still open past their P90.\n")));
            return ExitCodes.Success;
        }, cancellationToken);
    }

    private static string K(double m2) => (m2 / 1e6).ToString("N1", CultureInfo.CurrentCulture);

    internal sealed class Settings : ForecastSettings
    {
        [CommandOption("--as-of <DATE>")]
        [Description("The date to forecast from (YYYY-MM-DD); what was recorded after it is the truth the forecast is judged by.")]
        public string? AsOf { get; set; }
    }
}
