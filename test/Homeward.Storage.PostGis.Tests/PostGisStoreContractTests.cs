using Homeward.Testing;
using Homeward.Testing.Storage;

namespace Homeward.Storage.PostGis.Tests;

/// <summary>The store contract on PostgreSQL/PostGIS: each test gets a database of its own in the run's cluster.</summary>
public sealed class PostGisStoreContractTests(PostgisFixture postgis) : StoreContractTests
{
    protected override async Task<ITestStoreDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        await PostGisTestDatabase.CreateAsync(postgis);
}
