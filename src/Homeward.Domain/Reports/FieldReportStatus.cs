namespace Homeward.Domain.Reports;

/// <summary>Where a field report is in review. Allowed changes are in <see cref="FieldReportStatusTransitions"/>.</summary>
public enum FieldReportStatus
{
    /// <summary>Being prepared; may still change.</summary>
    Draft,

    /// <summary>Submitted for review; its content never changes again.</summary>
    Submitted,

    /// <summary>Approved: its items have changed the objects they reconcile to.</summary>
    Approved,

    /// <summary>Rejected: it changed nothing.</summary>
    Rejected,

    /// <summary>Approved once, then unapproved: its effects were reverted. It may be approved again.</summary>
    Unapproved,
}
