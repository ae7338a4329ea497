namespace Homeward.Domain.Reports;

/// <summary>An <see cref="IFieldReportItemSource"/> over items held in memory.</summary>
/// <param name="items">The items.</param>
public sealed class FieldReportItemList(IReadOnlyList<FieldReportItem> items) : IFieldReportItemSource
{
    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public IAsyncEnumerable<FieldReportItem> ReadAsync(CancellationToken cancellationToken) => items.ToAsyncEnumerable();
}
