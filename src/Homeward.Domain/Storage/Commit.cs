using Homeward.Domain.Reports;

namespace Homeward.Domain.Storage;

/// <summary>
/// A unit of work a store applies atomically: a field report's new state and the object changes it brings.
/// Either all of it is stored or none of it. A report's items are stored with its first version and never change
/// afterwards: a commit of a stored report changes its header (status, review), whatever its items.
/// </summary>
/// <param name="Report">The report's new state, saved with it.</param>
/// <param name="ExpectedReportVersion">The report's stored version the commit was decided against: 0 for a new report.</param>
/// <param name="Changes">The object changes, applied in order.</param>
/// <param name="ChangedBy">The user.</param>
/// <param name="At">When (UTC).</param>
public sealed record Commit(
    FieldReport Report,
    int ExpectedReportVersion,
    IReadOnlyList<ObjectChange> Changes,
    string ChangedBy,
    DateTimeOffset At)
{
    /// <summary>
    /// The items of a new report (<see cref="ExpectedReportVersion"/> 0) read one at a time instead of from
    /// <see cref="FieldReport.Items"/>, which must then be empty: how a report too large for memory is stored.
    /// </summary>
    public IFieldReportItemSource? StreamedItems { get; init; }

    /// <summary>The items to store with a new report: <see cref="StreamedItems"/>, or the report's own.</summary>
    public IFieldReportItemSource NewItems => StreamedItems ?? new FieldReportItemList(Report.Items);
}
