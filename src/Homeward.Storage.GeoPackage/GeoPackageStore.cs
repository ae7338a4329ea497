using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Storage.GeoPackage.Internal;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage;

/// <summary>
/// The embedded Homeward store: one GeoPackage 1.3 file. The table <c>object_versions</c> holds every version of every
/// object and is what reads come from; one table per object kind (a feature layer in EPSG:4326 with an R-tree index
/// for kinds with geometry, named by <see cref="ObjectKindInfo.TableName"/>) holds the current state for QGIS, GDAL
/// and GeoPandas, and is rewritten in the same transaction as the history.
/// </summary>
/// <remarks>
/// An instance owns one SQLite connection and, like every <see cref="IHomewardStore"/>, is used from one thread at a
/// time; open one per unit of work. Any number of instances and processes may read the file at once (WAL mode); writes
/// take the file's write lock in turn, each waiting up to <see cref="GeoPackageStoreOptions.BusyTimeout"/>. Geometries
/// are stored in two dimensions (Z and M are not kept) and read back with SRID 4326.
/// </remarks>
public sealed class GeoPackageStore : IHomewardStore, IStoreTransfer
{
    private readonly SqliteConnection _connection;
    private readonly TimeSpan _busyTimeout;
    private readonly TimeProvider _timeProvider;
    private bool _disposed;

    // The write transaction of the commit being applied, if any: reads made meanwhile (by the source of its streamed
    // changes) run in it, as SQLite requires of one connection, and see the commit's earlier changes.
    private SqliteTransaction? _writeTransaction;

    private GeoPackageStore(SqliteConnection connection, string path, TimeSpan busyTimeout, TimeProvider timeProvider)
    {
        _connection = connection;
        _busyTimeout = busyTimeout;
        _timeProvider = timeProvider;
        Path = path;
    }

    /// <summary>The schema version this version of Homeward reads and writes (<c>homeward_meta.schema_version</c>).</summary>
    public static int SchemaVersion => Migrations.Latest;

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the store in a GeoPackage file, creating the file when asked, and brings its schema up to date (the
    /// migrations after the file's schema version, and columns for domain properties added since it was written).
    /// </summary>
    /// <param name="path">The file; by convention its name ends in <c>.gpkg</c>.</param>
    /// <param name="options">How to open it.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open store; dispose it to close the file.</returns>
    /// <exception cref="GeoPackageStoreException">
    /// The file is missing (and <see cref="GeoPackageStoreOptions.CreateIfMissing"/> is not set), is not a Homeward store, was
    /// written by a newer Homeward, is locked longer than the busy timeout, or cannot be read or written.
    /// </exception>
    public static async Task<GeoPackageStore> OpenAsync(string path, GeoPackageStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BusyTimeout, TimeSpan.FromMilliseconds(1));
        cancellationToken.ThrowIfCancellationRequested();
        if (!options.CreateIfMissing && !File.Exists(path))
        {
            throw new GeoPackageStoreException(GeoPackageStoreError.FileNotFound, path,
                $"{path} does not exist. Check the path, or create a new store there.");
        }

        // No pooling: the store keeps its one connection for its lifetime, and closing it must release the file (and
        // checkpoint and remove the WAL) so that the file can be copied or deleted at once.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString());
        SpatialFunctions.Register(connection);
        var opened = false;
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var db = new SqlSession(connection, null);

            // busy_timeout makes a second writer wait for the lock instead of failing; NORMAL is durable enough in WAL mode.
            await db.ExecuteAsync(
                string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}"),
                cancellationToken).ConfigureAwait(false);
            await db.ScalarAsync<string>("PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
            await db.ExecuteAsync("PRAGMA synchronous = NORMAL", cancellationToken).ConfigureAwait(false);
            var now = options.TimeProvider.GetUtcNow();
            await SchemaMigrator.MigrateAsync(connection, path, options.CreateIfMissing, now, cancellationToken).ConfigureAwait(false);
            opened = true;
            return new GeoPackageStore(connection, path, options.BusyTimeout, options.TimeProvider);
        }
        catch (SqliteException ex) when (StoreErrors.IsEnvironmental(ex))
        {
            throw StoreErrors.Translate(ex, path, options.BusyTimeout);
        }
        finally
        {
            if (!opened)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    public Task<long> GetDataVersionAsync(CancellationToken cancellationToken) =>
        RunAsync(async db => await MetaTable.GetNumberAsync(db, MetaTable.DataVersionKey, cancellationToken).ConfigureAwait(false) ?? 0);

    /// <inheritdoc/>
    public Task<CodeTables> GetCodeTablesAsync(CancellationToken cancellationToken) =>
        RunAsync(async db => CodeTables.From(await CodeValueRows.ReadAllAsync(db, cancellationToken).ConfigureAwait(false)));

    /// <inheritdoc/>
    public Task SaveCodeValueAsync(CodeValue value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        return WriteAsync(async db =>
        {
            await CodeValueRows.UpsertAsync(db, value, cancellationToken).ConfigureAwait(false);

            // Code labels are part of what results are computed from, so a relabelling is a new data version.
            await MetaTable.IncrementDataVersionAsync(db, cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ReserveCodesAsync(string prefix, int count, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count == 0
            ? Task.FromResult<IReadOnlyList<string>>([])
            : WriteAsync(db => CodeSequences.ReserveAsync(db, prefix, count, cancellationToken));
    }

    /// <inheritdoc/>
    public Task<StoredObject?> GetAsync(Guid id, DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        RunAsync(db => ObjectQueries.GetAsync(db, id, asOf, cancellationToken));

    /// <inheritdoc/>
    public Task<StoredObject?> FindByCodeAsync(string code, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        return RunAsync(db => ObjectQueries.FindByCodeAsync(db, code, asOf, cancellationToken));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ObjectVersion>> GetHistoryAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(db => ObjectQueries.GetHistoryAsync(db, id, cancellationToken));

    /// <inheritdoc/>
    public IAsyncEnumerable<StoredObject> ListAsync(ObjectKind kind, DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        StreamAsync(db => ObjectQueries.ListAsync(db, kind, asOf, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="kind"/> has no geometry.</exception>
    public Task<IReadOnlyList<StoredObject>> QueryEnvelopeAsync(ObjectKind kind, Envelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var layer = LayerSchema.Of(kind);
        if (!layer.IsSpatial)
        {
            throw new ArgumentException($"{kind} objects have no geometry, so they have no spatial index.", nameof(kind));
        }

        return RunAsync(db => ObjectQueries.QueryEnvelopeAsync(db, layer, envelope, cancellationToken));
    }

    /// <inheritdoc/>
    public Task<StoredReport?> GetReportAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        return RunAsync(db => ReportRows.GetAsync(db, code, cancellationToken));
    }

    /// <inheritdoc/>
    public Task<ReportHeader?> GetReportHeaderAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        return RunAsync(db => ReportRows.GetHeaderAsync(db, code, cancellationToken));
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<FieldReportItem> ReadReportItemsAsync(Guid reportId, CancellationToken cancellationToken) =>
        StreamAsync(db => ReportItemRows.ReadAsync(db, reportId, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<FieldReportSummary>> ListReportsAsync(FieldReportStatus? status, CancellationToken cancellationToken) =>
        RunAsync(db => ReportRows.ListAsync(db, status, cancellationToken));

    /// <inheritdoc/>
    public Task<IReadOnlyList<ReportEffect>> GetReportEffectsAsync(Guid reportId, CancellationToken cancellationToken) =>
        RunAsync(db => ReportRows.GetEffectsAsync(db, reportId, cancellationToken));

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">
    /// The commit is malformed: a change without a new state, a state whose identity, kind or code differs from its change's,
    /// a geometry of the wrong shape or SRID, or a time earlier than the current version of an object it changes.
    /// </exception>
    /// <exception cref="OperationCanceledException">The commit was cancelled; nothing was stored.</exception>
    /// <exception cref="GeoPackageStoreException">The file stayed locked longer than the busy timeout, or cannot be written.</exception>
    public async Task<CommitConflict?> CommitAsync(Commit commit, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return await CommitWriter.CommitAsync(_connection, commit, progress, t => _writeTransaction = t, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (StoreErrors.IsEnvironmental(ex))
        {
            throw StoreErrors.Translate(ex, Path, _busyTimeout);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="GeoPackageStoreException">The file cannot be read.</exception>
    public Task ExportAsync(Func<StoreContent, CancellationToken, Task> consume, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consume);
        return RunAsync(async _ =>
        {
            await GeoPackageTransfer.ExportAsync(_connection, consume, cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    /// <inheritdoc/>
    /// <exception cref="GeoPackageStoreException">The file stayed locked longer than the busy timeout, or cannot be written.</exception>
    public Task ImportAsync(StoreContent content, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        return RunAsync(async _ =>
        {
            await GeoPackageTransfer.ImportAsync(_connection, content, progress, _timeProvider.GetUtcNow(), cancellationToken)
                .ConfigureAwait(false);
            return true;
        });
    }

    /// <summary>Closes the file. The store cannot be used afterwards.</summary>
    /// <returns>A task that completes when the file is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<T> RunAsync<T>(Func<SqlSession, Task<T>> operation)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return await operation(new SqlSession(_connection, _writeTransaction)).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (StoreErrors.IsEnvironmental(ex))
        {
            throw StoreErrors.Translate(ex, Path, _busyTimeout);
        }
    }

    // Rows read one at a time on the store's connection (in the write transaction while a commit is applied).
    private IAsyncEnumerable<T> StreamAsync<T>(Func<SqlSession, IAsyncEnumerable<T>> query, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return StoreStreams.TranslateErrorsAsync<T, SqliteException>(query(new SqlSession(_connection, _writeTransaction)),
            StoreErrors.IsEnvironmental, ex => StoreErrors.Translate(ex, Path, _busyTimeout), cancellationToken);
    }

    private Task<T> WriteAsync<T>(Func<SqlSession, Task<T>> operation) => RunAsync(async _ =>
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        var result = await operation(new SqlSession(_connection, transaction)).ConfigureAwait(false);
        transaction.Commit();
        return result;
    });
}
