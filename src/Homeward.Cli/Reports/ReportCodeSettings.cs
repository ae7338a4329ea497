using System.ComponentModel;
using Spectre.Console.Cli;

namespace Homeward.Cli.Reports;

/// <summary>The settings of the report commands that act on one report.</summary>
internal class ReportCodeSettings : DatabaseSettings
{
    [CommandArgument(0, "<CODE>")]
    [Description("The report's code, for example FR-000012.")]
    public string Code { get; set; } = string.Empty;
}
