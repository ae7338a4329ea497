using Homeward.Domain.Storage;
using Xunit;

namespace Homeward.Testing.Storage;

/// <summary>
/// The store contract (<see cref="IHomewardStore"/> and <see cref="IStoreTransfer"/>) as tests that every store must pass
/// unchanged: each store's test project derives one class from this and says how to make a fresh, empty database. Each test
/// owns its database.
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a fresh, empty database that only the calling test uses.</summary>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The database; the test disposes it.</returns>
    protected abstract Task<ITestStoreDatabase> CreateDatabaseAsync(CancellationToken cancellationToken);

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so that the test sees every value at once.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="report">Receives each value.</param>
    protected sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        /// <inheritdoc/>
        public void Report(T value) => report(value);
    }
}
