using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Domain.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary>
/// <c>homeward report approve CODE</c>: approves a submitted report. Items whose code names an existing object update
/// it; the others create objects. <c>--update ITEM=CODE</c> and <c>--create ITEM</c> record the reviewer's own decision.
/// </summary>
internal sealed class ReportApproveCommand : AsyncCommand<ReportApproveCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var decisions = new List<ReconcileDecision>();
        foreach (var update in settings.Updates)
        {
            var parts = update.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                return Messages.Fail(ExitCodes.UserError, $"--update '{update}' must be ITEM=CODE, for example item-3=HA-AGD-000012.");
            }

            decisions.Add(new ReconcileDecision(parts[0], ReconcileAction.Update, parts[1]));
        }

        decisions.AddRange(settings.Creates.Select(item => new ReconcileDecision(item, ReconcileAction.Create, null)));
        return await CliSession.RunAsync(settings, async session =>
        {
            var total = (await session.Store.GetReportHeaderAsync(settings.Code, cancellationToken))?.ItemCount ?? 0;
            var outcome = await ProgressReporter.RunAsync($"approving {settings.Code}", total,
                progress => session.Workflow.ApproveAsync(settings.Code, decisions, session.User, settings.Rebase, progress, cancellationToken));
            if (outcome.Success && !settings.Json)
            {
                foreach (var effect in outcome.Effects.Take(20))
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"  {(effect.VersionBefore == 0 ? "created" : "updated")} {effect.Code} (version {effect.VersionAfter})");
                }

                if (outcome.Effects.Count > 20)
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"  ... and {outcome.Effects.Count - 20} more");
                }
            }

            return ReviewOutcomeRendering.Finish(outcome, settings.Json, "approved.");
        }, cancellationToken);
    }

    internal sealed class Settings : ReportCodeSettings
    {
        [CommandOption("--update <ITEM=CODE>")]
        [Description("Approve ITEM as an update of the existing object CODE. Repeatable.")]
        public string[] Updates { get; set; } = [];

        [CommandOption("--create <ITEM>")]
        [Description("Approve ITEM as a new object even if its code or geometry matches an existing one. Repeatable.")]
        public string[] Creates { get; set; } = [];

        [CommandOption("--rebase")]
        [Description("Apply the report over objects that changed since it was prepared (after checking them with 'homeward history').")]
        public bool Rebase { get; set; }
    }
}
