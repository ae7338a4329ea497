using Homeward.Domain.Storage;

namespace Homeward.Testing.Storage;

/// <summary>A fresh, empty database of one store kind that a single test owns, removed when disposed.</summary>
public interface ITestStoreDatabase : IAsyncDisposable
{
    /// <summary>Opens a new store on the database; several may be open at once, as separate users' would be.</summary>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store, which also implements <see cref="IStoreTransfer"/>; dispose it when done.</returns>
    Task<IHomewardStore> OpenAsync(CancellationToken cancellationToken);
}
