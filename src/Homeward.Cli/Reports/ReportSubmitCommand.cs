using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary><c>homeward report submit CODE</c>: submits a draft for review.</summary>
internal sealed class ReportSubmitCommand : AsyncCommand<ReportCodeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReportCodeSettings settings, CancellationToken cancellationToken)
    {
        return await CliSession.RunAsync(settings, async session =>
        {
            var outcome = await session.Workflow.SubmitAsync(settings.Code, session.User, cancellationToken);
            return ReviewOutcomeRendering.Finish(outcome, settings.Json, "submitted for review; its content can no longer change.");
        }, cancellationToken);
    }
}
