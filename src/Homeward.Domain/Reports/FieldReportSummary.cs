namespace Homeward.Domain.Reports;

/// <summary>A line of the report list.</summary>
/// <param name="Code">The report's code.</param>
/// <param name="Title">Its title.</param>
/// <param name="FormType">Its form or source.</param>
/// <param name="Status">Its status.</param>
/// <param name="ItemCount">How many items it holds.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="ReviewedAt">When it was last reviewed (UTC), if it was.</param>
public sealed record FieldReportSummary(
    string Code,
    string Title,
    string FormType,
    FieldReportStatus Status,
    int ItemCount,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReviewedAt);
