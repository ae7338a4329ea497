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

    /// <summary>
    /// The object changes, made while the store applies them instead of held in <see cref="Changes"/>, which must then
    /// be empty. The store checks each with <see cref="CommitRules.ValidateChange"/> as it comes; the source may read the
    /// store meanwhile and sees what existed before the commit (and, in some stores, its earlier changes).
    /// </summary>
    public IObjectChangeSource? StreamedChanges { get; init; }

    /// <summary>The object changes in order: <see cref="StreamedChanges"/>, or <see cref="Changes"/>.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The changes.</returns>
    public IAsyncEnumerable<ObjectChange> ChangesAsync(CancellationToken cancellationToken) =>
        StreamedChanges?.ReadAsync(cancellationToken) ?? Changes.ToAsyncEnumerable();
}
