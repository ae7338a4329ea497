using System.ComponentModel;
using Homeward.Cli.Rendering;
using Homeward.Exchange.FieldReports;
using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary><c>homeward report create FILE</c>: stores a field-report file as a draft.</summary>
internal sealed class ReportCreateCommand : AsyncCommand<ReportCreateCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            return Messages.Fail(ExitCodes.UserError, $"there is no file {settings.File}.");
        }

        var read = FieldReportFile.Read(await File.ReadAllTextAsync(settings.File, cancellationToken));
        if (!read.TryGetValue(out var draft))
        {
            return Messages.Fail(ExitCodes.UserError, $"{settings.File} has {read.Errors.Count} problem(s); nothing was stored",
                read.Errors.Select(e => e.ToString()));
        }

        var (session, exitCode) = await CliSession.OpenAsync(settings, create: false, cancellationToken);
        if (session is null)
        {
            return exitCode;
        }

        await using (session)
        {
            var created = await session.Workflow.CreateDraftAsync(draft, session.User, cancellationToken);
            if (!created.Success || !settings.Submit)
            {
                return ReviewOutcomeRendering.Finish(created, settings.Json, $"draft created with {draft.Items.Count} item(s).");
            }

            var submitted = await session.Workflow.SubmitAsync(created.Report.Code, session.User, cancellationToken);
            if (!submitted.Success)
            {
                Messages.Note($"{created.Report.Code} was stored as a draft but not submitted.");
            }

            return ReviewOutcomeRendering.Finish(submitted, settings.Json, $"created with {draft.Items.Count} item(s) and submitted for review.");
        }
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A field-report file: a GeoJSON FeatureCollection with a 'report' header and one feature per item.")]
        public string File { get; set; } = string.Empty;

        [CommandOption("--submit")]
        [Description("Submit the report for review straight away.")]
        public bool Submit { get; set; }
    }
}
