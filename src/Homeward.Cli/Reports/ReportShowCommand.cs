using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Domain;
using Homeward.Exchange.FieldReports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary>
/// <c>homeward report show CODE</c>: a report with its items, what approving it would do, the existing objects the
/// system proposes as matches, and any rule an item breaks.
/// </summary>
internal sealed class ReportShowCommand : AsyncCommand<ReportShowCommand.Settings>
{
    private const double MinimumOverlapRatio = 0.5;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        return await CliSession.RunAsync(settings, async session =>
        {
            var header = await session.Store.GetReportHeaderAsync(settings.Code, cancellationToken);
            if (header is null)
            {
                return Messages.Fail(ExitCodes.UserError, $"no field report has the code {settings.Code}.");
            }

            if (header.ItemCount > session.Workflow.BatchItems)
            {
                return await LargeReportView.ShowAsync(session, header, settings, cancellationToken);
            }

            var stored = await session.Store.GetReportAsync(settings.Code, cancellationToken);
            if (stored is null)
            {
                return Messages.Fail(ExitCodes.UserError, $"no field report has the code {settings.Code}.");
            }

            var report = stored.Report;
            if (settings.Out is { } outPath)
            {
                await File.WriteAllTextAsync(outPath, FieldReportFile.Write(report), cancellationToken);
                Messages.Note($"{report.Code} written to {outPath}.");
            }

            await ReportAttachmentFiles.WriteAsync(report, settings.Attachments, cancellationToken);

            var proposals = await session.Workflow.ProposeMatchesAsync(report.Code, MinimumOverlapRatio, cancellationToken);
            var (planned, violations) = await session.Workflow.PreviewAsync(report.Code, [], cancellationToken);
            if (settings.Json)
            {
                CliJson.Write(new
                {
                    report = ReportHeaderJson.Of(report, stored.Version, report.Items.Count),
                    attachments = (report.Attachments ?? []).Select(a => new
                    {
                        fileName = a.FileName,
                        mediaType = a.MediaType,
                        sha256 = a.Sha256,
                        bytes = a.Content.Length,
                        intact = a.IsIntact,
                    }),
                    geometryRepairs = ReviewOutcomeRendering.GeometryRepairs(report),
                    plan = planned.Select(p => new
                    {
                        itemRef = p.Item.ItemRef,
                        kind = ObjectKindInfo.Of(p.Item.Kind).JsonName,
                        action = p.IsCreate ? "create" : "update",
                        target = p.Target?.State.Code,
                        targetVersion = p.Target?.Version,
                    }),
                    proposals,
                    violations,
                });
                return ExitCodes.Success;
            }

            if (report.IsSynthetic)
            {
                Messages.SyntheticWarning();
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"[bold]{report.Code}[/] {report.Title} — {report.Status}, {report.Items.Count} item(s), form {report.FormType}{(report.IsSynthetic ? " — SYNTHETIC demonstration data" : string.Empty)}");
            var reviewed = report.ReviewedBy is null ? string.Empty
                : $"; reviewed by {report.ReviewedBy} at {report.ReviewedAt?.ToString("u", CultureInfo.InvariantCulture)}" + (report.ReviewNote is null ? string.Empty : $": {report.ReviewNote}");
            AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"created by {report.CreatedBy} at {report.CreatedAt.ToString("u", CultureInfo.InvariantCulture)}{reviewed}");

            foreach (var attachment in report.Attachments ?? [])
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture,
                    $"attached: {attachment.FileName} ({attachment.MediaType}, {attachment.Content.Length:N0} bytes, SHA-256 {attachment.Sha256}){(attachment.IsIntact ? string.Empty : " [red]DAMAGED: the bytes do not match the hash[/]")}");
            }

            var items = new Table().Title("Items and what approval would do").AddColumns("Item", "Kind", "Geometry", "Action", "Object");
            var planByItem = planned.ToDictionary(p => p.Item.ItemRef, StringComparer.Ordinal);
            foreach (var item in report.Items.Take(settings.Limit > 0 ? settings.Limit : int.MaxValue))
            {
                planByItem.TryGetValue(item.ItemRef, out var plan);
                items.AddRow(
                    Markup.Escape(item.ItemRef),
                    ObjectKindInfo.Of(item.Kind).JsonName,
                    item.Geometry is null ? "—" : item.GeometryRepair is null ? item.Geometry.GeometryType : $"{item.Geometry.GeometryType} (repaired)",
                    plan is null ? "?" : plan.IsCreate ? "create" : "update",
                    Markup.Escape(plan?.Target is { } t ? $"{t.State.Code} (v{t.Version})" : item.TargetCode ?? "new"));
            }

            AnsiConsole.Write(items);
            var repaired = report.Items.Where(i => i.GeometryRepair is not null).ToList();
            if (repaired.Count > 0)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture,
                    $"Geometry repaired at {report.CreatedBy}'s request when the report was created:");
                foreach (var item in repaired)
                {
                    // Written plainly, as one line whatever its length (tables are drawn 200 characters wide when redirected).
                    Console.Out.WriteLine($"  item '{item.ItemRef}': {item.GeometryRepair}");
                }
            }

            var overlaps = proposals.Where(p => p.OverlapRatio is not null).ToList();
            if (overlaps.Count > 0)
            {
                var table = new Table().Title("Possible matches (overlapping hazardous areas)").AddColumns("Item", "Existing", "Overlap");
                foreach (var p in overlaps)
                {
                    table.AddRow(Markup.Escape(p.ItemRef), p.TargetCode, p.OverlapRatio!.Value.ToString("P0", CultureInfo.CurrentCulture));
                }

                AnsiConsole.Write(table);
                AnsiConsole.MarkupLine("Approve an item as an update of a match with [bold]--update ITEM=CODE[/].");
            }

            foreach (var v in violations)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"[red]problem:[/] {v.ToString()}");
            }

            return ExitCodes.Success;
        }, cancellationToken);
    }

    internal sealed class Settings : ReportCodeSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("Also write the report as a field-report file (GeoJSON).")]
        public string? Out { get; set; }

        [CommandOption("--attachments <FOLDER>")]
        [Description("Also write the report's attached files (the original document of a digitized record, scans) into a folder.")]
        public string? Attachments { get; set; }

        [CommandOption("--limit <N>")]
        [Description("Show at most N items (0 for all). Default 100.")]
        [DefaultValue(100)]
        public int Limit { get; set; } = 100;
    }
}
