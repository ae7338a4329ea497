using System.ComponentModel;
using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary>The settings of the report commands that need a reason.</summary>
internal sealed class ReasonSettings : ReportCodeSettings
{
    [CommandOption("--reason <TEXT>")]
    [Description("Why; recorded with the report.")]
    public string Reason { get; set; } = string.Empty;
}
