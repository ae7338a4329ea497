using System.ComponentModel;
using Homeward.Cli.Rendering;
using Homeward.Exchange.Forms;
using Spectre.Console.Cli;

namespace Homeward.Cli.Forms;

/// <summary>
/// <c>homeward forms --out DIR</c>: writes Homeward's field forms as XLSForm workbooks, ready to upload to ODK Central or
/// KoboToolbox; <c>--check FILE</c> checks a workbook's structure instead (for a form edited by hand). Uses no database.
/// </summary>
internal sealed class FormsCommand : AsyncCommand<FormsCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Check is { } check)
        {
            if (!File.Exists(check))
            {
                return Messages.Fail(ExitCodes.UserError, $"there is no file {check}.");
            }

            var workbook = XlsFormWorkbook.Read(await File.ReadAllBytesAsync(check, cancellationToken), out var error);
            var problems = workbook is null ? [error!] : XlsFormValidator.Check(workbook);
            if (settings.Json)
            {
                CliJson.Write(new { file = check, problems });
            }

            return problems.Count == 0
                ? Done(settings.Json, $"{check}: no problems found.")
                : Messages.Fail(ExitCodes.UserError, $"{check} has {problems.Count} problem(s)", problems);
        }

        Directory.CreateDirectory(settings.Out);
        var written = new List<object>();
        foreach (var form in FieldForms.All)
        {
            var path = Path.Combine(settings.Out, FieldForms.FileName(form));
            await using (var file = File.Create(path))
            {
                XlsFormWorkbook.From(form).Write(file);
            }

            written.Add(new { form = form.HomewardForm, formId = form.FormId, version = form.Version, file = path, importable = form.IsImportable });
            if (!settings.Json)
            {
                Console.Out.WriteLine($"{path}  {form.Title.En} (version {form.Version})");
            }
        }

        if (settings.Json)
        {
            CliJson.Write(written);
        }

        return ExitCodes.Success;
    }

    private static int Done(bool json, string message)
    {
        if (!json)
        {
            Console.Out.WriteLine(message);
        }

        return ExitCodes.Success;
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("The folder to write the XLSForm workbooks to (created if missing). Default: forms.")]
        [DefaultValue("forms")]
        public string Out { get; set; } = "forms";

        [CommandOption("--check <FILE>")]
        [Description("Check the structure of an XLSForm workbook instead of writing the forms.")]
        public string? Check { get; set; }
    }
}
