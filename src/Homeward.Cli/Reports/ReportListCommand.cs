using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Domain.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary><c>homeward report list</c>: the field reports, newest first.</summary>
internal sealed class ReportListCommand : AsyncCommand<ReportListCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        FieldReportStatus? status = null;
        if (settings.Status is { } text)
        {
            if (!Enum.TryParse<FieldReportStatus>(text, ignoreCase: true, out var parsed))
            {
                return Messages.Fail(ExitCodes.UserError,
                    $"--status '{text}' is not one of {string.Join(", ", Enum.GetNames<FieldReportStatus>().Select(n => n.ToLowerInvariant()))}.");
            }

            status = parsed;
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            var reports = await session.Store.ListReportsAsync(status, cancellationToken);
            var shown = settings.Limit > 0 ? reports.Take(settings.Limit).ToList() : [.. reports];
            if (settings.Json)
            {
                CliJson.Write(shown);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Code", "Status", "Items", "Form", "Title", "Created by", "Created (UTC)");
            foreach (var r in shown)
            {
                table.AddRow(r.Code, r.Status.ToString(), r.ItemCount.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.FormType),
                    Markup.Escape(r.Title), Markup.Escape(r.CreatedBy), r.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            if (shown.Count < reports.Count)
            {
                Messages.Note($"{shown.Count} of {reports.Count} reports shown; use --limit 0 for all.");
            }

            return ExitCodes.Success;
        }, cancellationToken);
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--status <STATUS>")]
        [Description("Only reports in this status: draft, submitted, approved, rejected or unapproved.")]
        public string? Status { get; set; }

        [CommandOption("--limit <N>")]
        [Description("Show at most N reports (0 for all). Default 50.")]
        [DefaultValue(50)]
        public int Limit { get; set; } = 50;
    }
}
