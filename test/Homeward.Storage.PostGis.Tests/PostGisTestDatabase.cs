using Homeward.Domain.Storage;
using Homeward.Testing;
using Homeward.Testing.Storage;
using Npgsql;

namespace Homeward.Storage.PostGis.Tests;

/// <summary>A database of its own in the run's throw-away cluster, with an empty, migrated Homeward store.</summary>
internal sealed class PostGisTestDatabase : ITestStoreDatabase
{
    private PostGisTestDatabase(string connectionString, NpgsqlDataSource dataSource)
    {
        ConnectionString = connectionString;
        DataSource = dataSource;
    }

    /// <summary>The database's connection string (pooled).</summary>
    public string ConnectionString { get; }

    /// <summary>The one data source of the test, as a process would have.</summary>
    public NpgsqlDataSource DataSource { get; }

    public static async Task<PostGisTestDatabase> CreateAsync(PostgisFixture postgis, bool migrate = true)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var cluster = await postgis.GetAsync(cancellationToken);
        var created = await cluster.CreateDatabaseAsync("hw_" + Guid.NewGuid().ToString("N"), cancellationToken);

        // Pooled, as Homeward runs: the pool goes with the data source when the test ends.
        var connectionString = new NpgsqlConnectionStringBuilder(created) { Pooling = true }.ConnectionString;
        var database = new PostGisTestDatabase(connectionString, PostGisConnection.CreateDataSource(connectionString));
        if (migrate)
        {
            await PostGisStore.MigrateAsync(database.DataSource, new PostGisStoreOptions(), cancellationToken);
        }

        return database;
    }

    public async Task<IHomewardStore> OpenAsync(CancellationToken cancellationToken) =>
        await PostGisStore.OpenAsync(DataSource, new PostGisStoreOptions(), cancellationToken);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
