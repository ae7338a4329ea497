using Homeward.Cli.Blocked;
using Homeward.Cli.Commands;
using Homeward.Cli.Export;
using Homeward.Cli.Forms;
using Homeward.Cli.Import;
using Homeward.Cli.Planning;
using Homeward.Cli.Rendering;
using Homeward.Cli.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli;

/// <summary>The homeward command: its commands, and the exit codes of failures no command handled.</summary>
internal static class HomewardApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            // Tables written to a file or a pipe are read whole: do not squeeze them into a guessed terminal width.
            AnsiConsole.Profile.Width = 200;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("homeward");
            config.SetExceptionHandler((exception, _) => HandleException(exception, args.Contains("--verbose")));
            config.AddCommand<InitCommand>("init").WithDescription("Create an empty database.");
            config.AddCommand<MigrateCommand>("migrate").WithDescription("Create or upgrade the Homeward schema in a database (PostgreSQL: the only command that upgrades it).");
            config.AddCommand<CopyCommand>("copy").WithDescription("Copy a whole database, history included, between GeoPackage and PostgreSQL in either direction.");
            config.AddCommand<DemoCommand>("demo").WithDescription("Build the demonstration region: real districts and settlements, synthetic hazards.");
            config.AddBranch("report", report =>
            {
                report.SetDescription("Field reports: create, submit, review (approve, reject, unapprove), list and show.");
                report.AddCommand<ReportCreateCommand>("create").WithDescription("Store a field-report file (GeoJSON) as a draft.");
                report.AddCommand<ReportSubmitCommand>("submit").WithDescription("Submit a draft for review.");
                report.AddCommand<ReportApproveCommand>("approve").WithDescription("Approve a submitted report: its items create or update objects.");
                report.AddCommand<ReportRejectCommand>("reject").WithDescription("Reject a submitted report.");
                report.AddCommand<ReportUnapproveCommand>("unapprove").WithDescription("Revert exactly what an approved report did.");
                report.AddCommand<ReportListCommand>("list").WithDescription("List field reports.");
                report.AddCommand<ReportShowCommand>("show").WithDescription("Show a report, what approving it would do and possible matches.");
            });
            config.AddCommand<ImportCommand>("import").WithDescription("Import a GeoJSON, GeoPackage, Shapefile, KML, CSV or XLSX file as one draft field report.");
            config.AddCommand<ShowCommand>("show").WithDescription("Show an object, now or as it was on a date.");
            config.AddCommand<HistoryCommand>("history").WithDescription("Show every version of an object.");
            config.AddCommand<StatsCommand>("stats").WithDescription("The national summary: hazards remaining, land released, devices found.");
            config.AddCommand<DigitizeCommand>("digitize").WithDescription("Compute a paper minefield record into map geometry with its uncertainty and consistency flags.");
            config.AddCommand<PlanCommand>("plan").WithDescription("Which team clears what next so that people go home soonest (CP-SAT, against the national priority rules).");
            config.AddCommand<ForecastCommand>("forecast").WithDescription("When each settlement will be safe: P50/P80/P90 from simulating the plan, and the national fan chart.");
            config.AddCommand<BacktestCommand>("backtest").WithDescription("Forecast from the database as it was on a date and compare with what was recorded since.");
            config.AddBranch("scenario", scenario =>
            {
                scenario.SetDescription("Saved plans (homeward plan --scenario NAME).");
                scenario.AddCommand<ScenarioCompareCommand>("compare").WithDescription("Two saved scenarios side by side: safe dates per settlement, people home by date.");
            });
            config.AddCommand<FormsCommand>("forms").WithDescription("Write Homeward's field forms as XLSForm workbooks for ODK Central and KoboToolbox, or check one.");
            config.AddCommand<ImportFormsCommand>("import-forms").WithDescription("Import ODK Central or KoboToolbox submissions of Homeward's field forms as a draft field report.");
            config.AddCommand<ImportMaXmlCommand>("import-maxml").WithDescription("Import the hazard and hazard-reduction field reports of an IMSMA NG maXML export as a draft field report.");
            config.AddCommand<ExportCommand>("export").WithDescription("Export a layer or saved query to GeoJSON, GeoPackage, Shapefile, CSV or XLSX, optionally filtered, as of a date, or for the public.");
            config.AddCommand<BlockedCommand>("blocked").WithDescription("Which settlements, roads, fields and sites the uncleared hazardous areas block, by how many m².");
        });
        return await app.RunAsync(args);
    }

    private static int HandleException(Exception exception, bool verbose)
    {
        if (verbose)
        {
            Messages.Error.WriteException(exception);
        }

        return exception switch
        {
            CommandParseException or CommandRuntimeException => Messages.Fail(ExitCodes.UserError, exception.Message),
            Homeward.Domain.Storage.StoreUnavailableException store => Messages.Fail(ExitCodes.EnvironmentError, store.Message),
            OperationCanceledException => Messages.Fail(ExitCodes.EnvironmentError, "cancelled."),
            _ => Messages.Fail(ExitCodes.EnvironmentError, $"{exception.GetType().Name}: {exception.Message}"
                + (verbose ? string.Empty : " (run with --verbose for details)")),
        };
    }
}
