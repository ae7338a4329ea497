using Homeward.Storage.PostGis;
using Homeward.Testing;
using Npgsql;

namespace Homeward.Cli.Tests;

/// <summary>
/// A PostgreSQL database of one test's own in the run's throw-away cluster, named to the homeward command by its
/// connection string, and opened in the test's process to check what the command wrote.
/// </summary>
internal sealed class PostgisDatabase
{
    private PostgisDatabase(string connectionString, string binDirectory)
    {
        ConnectionString = connectionString;
        BinDirectory = binDirectory;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Uri = $"postgresql://{builder.Username}@/{builder.Database}?host={System.Uri.EscapeDataString(builder.Host!)}&port={builder.Port}";
        Builder = builder;
    }

    /// <summary>The Npgsql connection string, pooled as a Homeward process pools it.</summary>
    public string ConnectionString { get; }

    /// <summary>The same database as a <c>postgresql://</c> URI (socket folder and port as parameters).</summary>
    public string Uri { get; }

    /// <summary>The folder of the server's programs (pg_dump, pg_restore of the server's own version).</summary>
    public string BinDirectory { get; }

    private NpgsqlConnectionStringBuilder Builder { get; }

    public static async Task<PostgisDatabase> CreateAsync(PostgisFixture postgis)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var cluster = await postgis.GetAsync(cancellationToken);
        var created = await cluster.CreateDatabaseAsync("cli_" + Guid.NewGuid().ToString("N"), cancellationToken);
        Assert.True(TemporaryPostgis.TryFindInstallation(out var bin, out var problem), problem);
        return new PostgisDatabase(new NpgsqlConnectionStringBuilder(created) { Pooling = true }.ConnectionString, bin);
    }

    /// <summary>Opens the store in this process, for checks; dispose both.</summary>
    public async Task<(NpgsqlDataSource DataSource, PostGisStore Store)> OpenAsync()
    {
        var dataSource = PostGisConnection.CreateDataSource(ConnectionString);
        return (dataSource, await PostGisStore.OpenAsync(dataSource, new PostGisStoreOptions(), TestContext.Current.CancellationToken));
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs one of the server's programs (pg_dump, pg_restore) against this database's server.</summary>
    public Task<ProcessResult> RunToolAsync(string tool, string workingDirectory, params string[] arguments) =>
        HomewardProcess.RunProgramAsync(Path.Combine(BinDirectory, tool),
            ["--host", Builder.Host!, "--port", Builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username",
                Builder.Username!, .. arguments],
            workingDirectory);

    /// <summary>The database name.</summary>
    public string Name => Builder.Database!;
}
