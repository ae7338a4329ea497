namespace Homeward.Domain.Reports;

/// <summary>The items of another source, each changed by a function as it is read (the versions they were prepared against).</summary>
/// <param name="items">The items.</param>
/// <param name="change">The change made to each.</param>
internal sealed class BasedItemSource(IFieldReportItemSource items, Func<FieldReportItem, FieldReportItem> change) : IFieldReportItemSource
{
    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public async IAsyncEnumerable<FieldReportItem> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in items.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return change(item);
        }
    }
}
