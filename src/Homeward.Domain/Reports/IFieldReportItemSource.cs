namespace Homeward.Domain.Reports;

/// <summary>
/// The items of a new field report when they are too many to hold in memory (an import of a large file): a sequence
/// that can be read from the start as often as needed, one item at a time.
/// </summary>
public interface IFieldReportItemSource
{
    /// <summary>How many items there are.</summary>
    int Count { get; }

    /// <summary>Reads the items from the start, in report order.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The items.</returns>
    IAsyncEnumerable<FieldReportItem> ReadAsync(CancellationToken cancellationToken);
}
