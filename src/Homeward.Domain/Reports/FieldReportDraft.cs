namespace Homeward.Domain.Reports;

/// <summary>A new field report as an officer or an import gives it, before it is stored.</summary>
public sealed record FieldReportDraft
{
    /// <summary>The identity to give the report, or <see langword="null"/> for a new random one.</summary>
    public Guid? Id { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>The form or source (<c>hazard-survey</c>, <c>daily-activity</c>, <c>import</c>, ...).</summary>
    public required string FormType { get; init; }

    /// <summary>The day the field work was reported, if given.</summary>
    public DateOnly? ReportedOn { get; init; }

    /// <summary>Whether the report was generated for a demonstration.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>The items; each item reference must be unique.</summary>
    public required IReadOnlyList<FieldReportItem> Items { get; init; }

    /// <summary>The files to attach to the report, or <see langword="null"/> for none.</summary>
    public IReadOnlyList<ReportAttachment>? Attachments { get; init; }
}
