using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Cli.Reports;
using Homeward.Exchange.MaXml;
using Spectre.Console.Cli;

namespace Homeward.Cli.Forms;

/// <summary>
/// <c>homeward import-maxml FILE</c>: imports the hazard and hazard-reduction field reports of an IMSMA NG maXML export as one
/// draft field report, the file attached. All or nothing unless <c>--skip-invalid</c>; <c>--dry-run</c> checks without storing.
/// </summary>
internal sealed class ImportMaXmlCommand : AsyncCommand<ImportMaXmlCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            return Messages.Fail(ExitCodes.UserError, $"there is no file {settings.File}.");
        }

        var bytes = await File.ReadAllBytesAsync(settings.File, cancellationToken);
        MaXmlReadResult read;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            read = MaXmlReader.Read(stream);
        }

        if (!read.Success)
        {
            return Messages.Fail(ExitCodes.UserError, $"{settings.File} was refused; nothing was stored: {read.Error}");
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            var options = new MaXmlImportOptions
            {
                Validator = CliSession.NewGeometryValidator(),
                SkipInvalid = settings.SkipInvalid,
                SourceName = Path.GetFileName(settings.File),
                OriginalFile = bytes,
            };
            var result = await MaXmlImporter.ImportAsync(read.Reports, session.Store, options, cancellationToken);
            foreach (var warning in result.Warnings)
            {
                Messages.Warning(warning.ToString());
            }

            if (result.Draft is null)
            {
                return Messages.Fail(ExitCodes.UserError,
                    $"{settings.File}: {result.Errors.Count} problem(s) in {result.Rejected.Count} field report(s); nothing was stored"
                    + (settings.SkipInvalid || result.Rejected.Count == 0 ? string.Empty : " (use --skip-invalid to take the good field reports)"),
                    result.Errors.Select(e => e.ToString()));
            }

            var rejectedFile = result.Rejected.Count > 0 ? settings.Rejected ?? Path.ChangeExtension(settings.File, ".rejected.xml") : null;

            foreach (var error in result.Errors)
            {
                Messages.Warning("rejected " + error);
            }

            var rejectedNote = result.Rejected.Count == 0 ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $"; {result.Rejected.Count} rejected") + (settings.DryRun ? string.Empty : $" (in {rejectedFile})");
            var summary = string.Create(CultureInfo.InvariantCulture, $"{result.Accepted.Count} field report(s) as {result.Draft.Items.Count} item(s)")
                + rejectedNote;
            if (settings.DryRun)
            {
                if (settings.Json)
                {
                    CliJson.Write(new
                    {
                        dryRun = true,
                        accepted = result.Accepted.Select(r => r.Path),
                        rejected = result.Rejected.Select(r => r.Path),
                        items = result.Draft.Items.Select(i => new { i.ItemRef, kind = i.Kind.ToString(), i.TargetCode }),
                    });
                }
                else
                {
                    Console.Out.WriteLine($"dry run: {summary}; nothing was stored.");
                }

                return ExitCodes.Success;
            }

            var created = await session.Workflow.CreateDraftAsync(result.Draft, session.User, cancellationToken);

            // Written once the report is stored, so that a refused draft leaves no rejected file behind (as `import` does).
            if (created.Success && rejectedFile is not null)
            {
                await using var output = File.Create(rejectedFile);
                MaXmlRejectedFile.Write(result, output);
            }

            return ReviewOutcomeRendering.Finish(created, settings.Json, $"draft created from {summary}.", includeRepairs: false);
        }, cancellationToken);
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The maXML file exported from IMSMA NG (Workbench → Export → XML Export).")]
        public string File { get; set; } = string.Empty;

        [CommandOption("--skip-invalid")]
        [Description("Import the good field reports and write the rejected ones (each after a comment with its problems) to a maXML file instead of refusing the whole file.")]
        public bool SkipInvalid { get; set; }

        [CommandOption("--rejected <FILE>")]
        [Description("Where --skip-invalid writes the rejected field reports. Default: the file's name with .rejected.xml.")]
        public string? Rejected { get; set; }

        [CommandOption("--dry-run")]
        [Description("Check and report what would be imported; store nothing.")]
        public bool DryRun { get; set; }
    }
}
