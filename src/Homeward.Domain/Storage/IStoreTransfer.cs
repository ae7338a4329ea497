namespace Homeward.Domain.Storage;

/// <summary>
/// Reading and writing a whole database at once, history included, so that it can be copied between stores of any
/// kind (<c>homeward copy</c>). Every store implements it next to <see cref="IHomewardStore"/>. A copy keeps every
/// identity, code, version, instant (to the microsecond), user, report and effect: reading the copy through
/// <see cref="IHomewardStore"/> gives the same answers as reading the original.
/// </summary>
public interface IStoreTransfer
{
    /// <summary>Reads the whole database from one consistent snapshot and hands it to <paramref name="consume"/>.</summary>
    /// <param name="consume">Reads the content; its streams stay readable until the task it returns completes.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>A task that completes when <paramref name="consume"/> has.</returns>
    Task ExportAsync(Func<StoreContent, CancellationToken, Task> consume, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a whole database into this store, which must be empty (data version 0, no reports, no objects), in one
    /// transaction: on failure or cancellation nothing is stored. Code values and sequences replace the store's own.
    /// </summary>
    /// <param name="content">The content, as another store's <see cref="ExportAsync"/> gave it.</param>
    /// <param name="progress">Told the number of rows written so far (up to <see cref="StoreContentCounts.Total"/>), if given.</param>
    /// <param name="cancellationToken">Cancels the writing; nothing is stored then.</param>
    /// <returns>A task that completes when the content is stored.</returns>
    /// <exception cref="InvalidOperationException">The store is not empty.</exception>
    Task ImportAsync(StoreContent content, IProgress<long>? progress, CancellationToken cancellationToken);
}
