using System.ComponentModel;
using System.Globalization;
using System.Text;
using Homeward.Cli.Rendering;
using Homeward.Cli.Reports;
using Homeward.Exchange.Odk;
using Spectre.Console.Cli;

namespace Homeward.Cli.Forms;

/// <summary>
/// <c>homeward import-forms FILE</c>: imports the submissions of one of Homeward's field forms, exported from ODK Central
/// (CSV zip or OData JSON) or KoboToolbox (CSV or JSON), as one draft field report. All or nothing unless
/// <c>--skip-invalid</c>; <c>--dry-run</c> checks without storing.
/// </summary>
internal sealed class ImportFormsCommand : AsyncCommand<ImportFormsCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            return Messages.Fail(ExitCodes.UserError, $"there is no file {settings.File}.");
        }

        var files = SubmissionFiles.Open(settings.File, out var openError);
        if (files is null)
        {
            return Messages.Fail(ExitCodes.UserError, $"{settings.File}: {openError}");
        }

        var read = SubmissionReader.Read(files);
        if (!read.Success)
        {
            return Messages.Fail(ExitCodes.UserError, $"{settings.File} was refused; nothing was stored: {read.Error}");
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            var options = new FormImportOptions
            {
                Validator = CliSession.NewGeometryValidator(),
                Form = settings.Form,
                SkipInvalid = settings.SkipInvalid,
                SourceName = Path.GetFileName(settings.File),
            };
            var result = await FormSubmissionImporter.ImportAsync(read.Submissions, files, session.Store, options, cancellationToken);
            foreach (var warning in result.Warnings)
            {
                Messages.Warning(warning.ToString());
            }

            if (result.Draft is null)
            {
                return Messages.Fail(ExitCodes.UserError,
                    $"{settings.File} ({read.Source}): {result.Errors.Count} problem(s) in {result.Rejected.Count} submission(s); nothing was stored"
                    + (settings.SkipInvalid ? string.Empty : " (use --skip-invalid to take the good submissions)"),
                    result.Errors.Select(e => e.ToString()));
            }

            var rejectedFile = result.Errors.Count > 0 ? settings.Rejected ?? Path.ChangeExtension(settings.File, ".rejected.csv") : null;

            foreach (var error in result.Errors)
            {
                Messages.Warning("rejected " + error);
            }

            var rejectedNote = result.Rejected.Count == 0 ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $"; {result.Rejected.Count} rejected") + (settings.DryRun ? string.Empty : $" (listed in {rejectedFile})");
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{result.Accepted.Count} submission(s) of {result.Form} as {result.Draft.Items.Count} item(s) and {result.Draft.Attachments?.Count ?? 0} photo(s)")
                + rejectedNote;
            if (settings.DryRun)
            {
                if (settings.Json)
                {
                    CliJson.Write(new
                    {
                        dryRun = true,
                        source = read.Source,
                        form = result.Form,
                        accepted = result.Accepted,
                        rejected = result.Rejected,
                        items = result.Draft.Items.Select(i => new { i.ItemRef, kind = i.Kind.ToString(), i.TargetCode })
                    });
                }
                else
                {
                    Console.Out.WriteLine($"dry run: {summary}; nothing was stored.");
                }

                return ExitCodes.Success;
            }

            var created = await session.Workflow.CreateDraftAsync(result.Draft, session.User, cancellationToken);

            // Written once the report is stored, so that a refused draft leaves no rejected list behind (as `import` does).
            if (created.Success && rejectedFile is not null)
            {
                await File.WriteAllTextAsync(rejectedFile, RejectedCsv(result), new UTF8Encoding(false), cancellationToken);
            }

            return ReviewOutcomeRendering.Finish(created, settings.Json, $"draft created from {summary}.", includeRepairs: false);
        }, cancellationToken);
    }

    private static string RejectedCsv(FormImportResult result)
    {
        var text = new StringBuilder("instanceID,path,field,value,reason\n");
        foreach (var e in result.Errors)
        {
            text.AppendJoin(',', new[] { e.InstanceId, e.Path, e.Field ?? string.Empty, e.Value ?? string.Empty, e.Message }.Select(Quote)).Append('\n');
        }

        return text.ToString();

        static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The export: ODK Central's FORM.csv.zip (or FORM.csv with its repeat CSVs and media folder beside it), its OData JSON, or KoboToolbox's CSV or JSON.")]
        public string File { get; set; } = string.Empty;

        [CommandOption("--form <NAME>")]
        [Description("The form, when the export does not carry homeward_form: non-technical-survey, daily-activity, device-finding, eo-accident, risk-education.")]
        public string? Form { get; set; }

        [CommandOption("--skip-invalid")]
        [Description("Import the good submissions and list the rejected ones (with the reason) in a CSV file instead of refusing the whole export.")]
        public bool SkipInvalid { get; set; }

        [CommandOption("--rejected <FILE>")]
        [Description("Where --skip-invalid lists the rejected submissions. Default: the export's name with .rejected.csv.")]
        public string? Rejected { get; set; }

        [CommandOption("--dry-run")]
        [Description("Check and report what would be imported; store nothing.")]
        public bool DryRun { get; set; }
    }
}
