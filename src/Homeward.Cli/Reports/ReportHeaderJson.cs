using Homeward.Domain.Reports;

namespace Homeward.Cli.Reports;

/// <summary>The <c>report</c> member of <c>homeward report show --json</c>, whether the report is shown whole or summarised.</summary>
internal static class ReportHeaderJson
{
    public static object Of(FieldReport report, int version, int itemCount) => new
    {
        report.Id,
        report.Code,
        report.Title,
        report.FormType,
        report.Status,
        report.ReportedOn,
        report.CreatedBy,
        report.CreatedAt,
        report.SubmittedBy,
        report.SubmittedAt,
        report.ReviewedBy,
        report.ReviewedAt,
        report.ReviewNote,
        report.IsSynthetic,
        version,
        itemCount,
    };
}
