namespace Homeward.Domain.Reports;

/// <summary>The review workflow's allowed status changes: Draft → Submitted → Approved or Rejected; Approved ⇄ Unapproved.</summary>
public static class FieldReportStatusTransitions
{
    /// <summary>Whether a report may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The proposed status.</param>
    /// <returns>Whether the change is allowed.</returns>
    public static bool IsAllowed(FieldReportStatus from, FieldReportStatus to) => (from, to) switch
    {
        (FieldReportStatus.Draft, FieldReportStatus.Submitted) => true,
        (FieldReportStatus.Submitted, FieldReportStatus.Approved or FieldReportStatus.Rejected) => true,
        (FieldReportStatus.Approved, FieldReportStatus.Unapproved) => true,
        (FieldReportStatus.Unapproved, FieldReportStatus.Approved or FieldReportStatus.Rejected) => true,
        _ => false,
    };
}
