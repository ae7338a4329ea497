using System.ComponentModel;
using Homeward.Cli.Rendering;
using Homeward.Exchange.FieldReports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary>
/// <c>homeward report create FILE</c>: stores a field-report file as a draft. Every geometry is checked first: an
/// invalid one is refused, unless <c>--repair</c> asks for it to be repaired (and swapped longitude and latitude
/// swapped back), which is recorded in the report.
/// </summary>
internal sealed class ReportCreateCommand : AsyncCommand<ReportCreateCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            return Messages.Fail(ExitCodes.UserError, $"there is no file {settings.File}.");
        }

        var options = new FieldReportReadOptions
        {
            Validator = CliSession.NewGeometryValidator(),
            RepairGeometry = settings.Repair,
        };
        var read = FieldReportFile.Read(await File.ReadAllTextAsync(settings.File, cancellationToken), options);
        foreach (var warning in read.Warnings)
        {
            Messages.Warning(warning.ToString());
        }

        if (!settings.Repair && read.Warnings.Any(w => w.GeometryProblem?.IsRepairable == true))
        {
            Messages.Note("Submitting will refuse the report as it stands; create it with --repair to swap longitude and latitude back.");
        }

        if (!read.TryGetValue(out var draft))
        {
            var lines = read.Errors.Select(e => e.ToString()).ToList();
            if (!settings.Repair && read.Errors.Any(e => e.GeometryProblem?.IsRepairable == true))
            {
                lines.Add("create it with --repair to have invalid geometries repaired; each repair is recorded in the report.");
            }

            return Messages.Fail(ExitCodes.UserError, $"{settings.File} has {read.Errors.Count} problem(s); nothing was stored", lines);
        }

        var repaired = draft.Items.Where(i => i.GeometryRepair is not null).ToList();
        if (!settings.Json)
        {
            foreach (var item in repaired)
            {
                // Written plainly, as one line whatever its length: a record a script or a log may quote.
                Console.Out.WriteLine($"repaired item '{item.ItemRef}': {item.GeometryRepair}");
            }
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            var what = repaired.Count == 0 ? $"{draft.Items.Count} item(s)" : $"{draft.Items.Count} item(s), {repaired.Count} geometry(ies) repaired";
            var created = await session.Workflow.CreateDraftAsync(draft, session.User, cancellationToken);
            if (!created.Success || !settings.Submit)
            {
                return ReviewOutcomeRendering.Finish(created, settings.Json, $"draft created with {what}.", includeRepairs: true);
            }

            var submitted = await session.Workflow.SubmitAsync(created.Report.Code, session.User, cancellationToken);
            if (!submitted.Success)
            {
                Messages.Note($"{created.Report.Code} was stored as a draft but not submitted.");
            }

            return ReviewOutcomeRendering.Finish(submitted, settings.Json, $"created with {what} and submitted for review.", includeRepairs: true);
        }, cancellationToken);
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A field-report file: a GeoJSON FeatureCollection with a 'report' header and one feature per item.")]
        public string File { get; set; } = string.Empty;

        [CommandOption("--submit")]
        [Description("Submit the report for review straight away.")]
        public bool Submit { get; set; }

        [CommandOption("--repair")]
        [Description("Repair invalid geometries (close rings, rebuild bow-ties) and swap back longitude and latitude that appear swapped; each repair is recorded in the report.")]
        public bool Repair { get; set; }
    }
}
