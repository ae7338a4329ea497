using Homeward.Cli.Rendering;
using Homeward.Domain.Storage;
using Homeward.Storage.GeoPackage;
using Homeward.Storage.PostGis;
using Npgsql;

namespace Homeward.Cli;

/// <summary>
/// The store a <c>--db</c> value names, open for one command: a <c>postgres://</c> or <c>postgresql://</c> URI, or an Npgsql
/// connection string with a host, opens the PostGIS store (schema <c>homeward</c>); anything else is a GeoPackage file.
/// </summary>
internal sealed class CliStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _dataSource;

    private CliStore(IHomewardStore store, string display, NpgsqlDataSource? dataSource)
    {
        Store = store;
        Display = display;
        _dataSource = dataSource;
    }

    public IHomewardStore Store { get; }

    /// <summary>The database as messages name it: the file, or the server and database without password.</summary>
    public string Display { get; }

    public bool IsPostGis => _dataSource is not null;

    /// <summary>Whether a <c>--db</c> value names a PostgreSQL database.</summary>
    public static bool IsPostGisValue(string database) => PostGisConnection.IsConnectionString(database);

    /// <summary>How a <c>--db</c> value is shown: a connection string without its password.</summary>
    public static string DisplayOf(string database) => IsPostGisValue(database) ? PostGisConnection.Describe(database) : database;

    /// <summary>
    /// Opens the store; with <paramref name="create"/>, a missing file is created and a PostgreSQL store is created or upgraded
    /// (as <c>homeward migrate</c> does). On failure, says why on standard error and gives the exit code.
    /// </summary>
    public static async Task<(CliStore? Store, int ExitCode)> OpenAsync(string database, bool create, CancellationToken cancellationToken)
    {
        if (!IsPostGisValue(database))
        {
            var path = Path.GetFullPath(database);
            if (!create && !File.Exists(path))
            {
                return (null, Messages.Fail(ExitCodes.EnvironmentError,
                    $"there is no database at {database}; create one with 'homeward init --db {database}' or 'homeward demo'."));
            }

            try
            {
                var opened = await GeoPackageStore.OpenAsync(path, new GeoPackageStoreOptions { CreateIfMissing = create }, cancellationToken);
                return (new CliStore(opened, database, null), ExitCodes.Success);
            }
            catch (StoreUnavailableException ex)
            {
                return (null, Messages.Fail(ExitCodes.EnvironmentError, ex.Message));
            }
        }

        NpgsqlDataSource dataSource;
        try
        {
            dataSource = PostGisConnection.CreateDataSource(database);
        }
        catch (ArgumentException ex)
        {
            return (null, Messages.Fail(ExitCodes.UserError, $"--db is not a valid PostgreSQL connection string or URI: {ex.Message}"));
        }

        try
        {
            var options = new PostGisStoreOptions();
            if (create)
            {
                await PostGisStore.MigrateAsync(dataSource, options, cancellationToken);
            }

            var store = await PostGisStore.OpenAsync(dataSource, options, cancellationToken);
            return (new CliStore(store, store.Database, dataSource), ExitCodes.Success);
        }
        catch (StoreUnavailableException ex)
        {
            await dataSource.DisposeAsync();
            return (null, Messages.Fail(ExitCodes.EnvironmentError, ex.Message));
        }
    }

    /// <summary>
    /// Whether the database holds a Homeward store with data in it (a data version above 0), without creating anything: a
    /// missing file or schema holds none.
    /// </summary>
    public static async Task<bool> HoldsDataAsync(string database, CancellationToken cancellationToken)
    {
        if (!IsPostGisValue(database))
        {
            return File.Exists(database);
        }

        await using var dataSource = PostGisConnection.CreateDataSource(database);
        try
        {
            await using var store = await PostGisStore.OpenAsync(dataSource, new PostGisStoreOptions(), cancellationToken);
            return await store.GetDataVersionAsync(cancellationToken) > 0;
        }
        catch (PostGisStoreException ex) when (ex.Reason == StoreUnavailableReason.NotFound)
        {
            return false;
        }
    }

    /// <summary>Deletes the database: the file (with its WAL files), or the PostgreSQL store's schema.</summary>
    public static async Task DeleteAsync(string database, CancellationToken cancellationToken)
    {
        if (!IsPostGisValue(database))
        {
            foreach (var path in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }

            return;
        }

        await using var dataSource = PostGisConnection.CreateDataSource(database);
        await PostGisStore.DropAsync(dataSource, new PostGisStoreOptions(), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
