using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary><c>homeward report reject CODE --reason TEXT</c>: rejects a submitted report; nothing else changes.</summary>
internal sealed class ReportRejectCommand : AsyncCommand<ReasonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReasonSettings settings, CancellationToken cancellationToken)
    {
        return await CliSession.RunAsync(settings, async session =>
        {
            var outcome = await session.Workflow.RejectAsync(settings.Code, settings.Reason, session.User, cancellationToken);
            return ReviewOutcomeRendering.Finish(outcome, settings.Json, "rejected.");
        }, cancellationToken);
    }
}
