namespace Homeward.Domain.Reports;

/// <summary>
/// A field report: the unit in which information enters Homeward. Its content is fixed once submitted; review
/// decides whether and how its items change the objects they describe.
/// </summary>
public sealed record FieldReport
{
    /// <summary>The report's identity.</summary>
    public required Guid Id { get; init; }

    /// <summary>The readable code, for example <c>FR-000123</c>.</summary>
    public required string Code { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>The form or source it came from (<c>hazard-survey</c>, <c>daily-activity</c>, <c>import</c>, ...).</summary>
    public required string FormType { get; init; }

    /// <summary>The status in review.</summary>
    public FieldReportStatus Status { get; init; } = FieldReportStatus.Draft;

    /// <summary>The day the field work was reported, if given.</summary>
    public DateOnly? ReportedOn { get; init; }

    /// <summary>The user who created it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The user who submitted it.</summary>
    public string? SubmittedBy { get; init; }

    /// <summary>When it was submitted (UTC).</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The user who last approved, rejected or unapproved it.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When that happened (UTC).</summary>
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>The reviewer's note (required to reject or unapprove).</summary>
    public string? ReviewNote { get; init; }

    /// <summary>Whether the report was generated for a demonstration.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>The items.</summary>
    public IReadOnlyList<FieldReportItem> Items { get; init; } = [];

    /// <summary>The files attached to the report (the original document of a digitized minefield record, say), or <see langword="null"/> for none.</summary>
    public IReadOnlyList<ReportAttachment>? Attachments { get; init; }
}
