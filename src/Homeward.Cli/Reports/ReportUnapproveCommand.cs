using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary><c>homeward report unapprove CODE --reason TEXT</c>: reverts exactly what the report's approval did.</summary>
internal sealed class ReportUnapproveCommand : AsyncCommand<ReasonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReasonSettings settings, CancellationToken cancellationToken)
    {
        return await CliSession.RunAsync(settings, async session =>
        {
            var outcome = await session.Workflow.UnapproveAsync(settings.Code, settings.Reason, session.User, cancellationToken);
            return ReviewOutcomeRendering.Finish(outcome, settings.Json, "unapproved; its effects were reverted.");
        }, cancellationToken);
    }
}
