using Homeward.Domain.Storage;
using Homeward.Testing.Storage;

namespace Homeward.Storage.GeoPackage.Tests;

/// <summary>The store contract on the GeoPackage: each test gets a file of its own.</summary>
public sealed class GeoPackageStoreContractTests : StoreContractTests
{
    protected override Task<ITestStoreDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        Task.FromResult<ITestStoreDatabase>(new Database());

    private sealed class Database : ITestStoreDatabase
    {
        private readonly TempGeoPackage _file = new();

        public async Task<IHomewardStore> OpenAsync(CancellationToken cancellationToken) =>
            await GeoPackageStore.OpenAsync(_file.FilePath, TempGeoPackage.Create, cancellationToken);

        public ValueTask DisposeAsync()
        {
            _file.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
