using System.Runtime.CompilerServices;
using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Storage.PostGis.Internal;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Homeward.Storage.PostGis;

/// <summary>
/// The server store: one PostgreSQL schema (<see cref="PostGisStoreOptions.Schema"/>, <c>homeward</c> by default) in a
/// PostgreSQL 15+ database with PostGIS 3. The table <c>object_versions</c> holds every version of every object (exact
/// geometry in <c>geometry(Geometry, 4326)</c>) and is what reads come from; one table per object kind, named as the
/// GeoPackage layers (<see cref="ObjectKindInfo.TableName"/>), holds the current state in <c>geometry(MultiPolygon, 4326)</c>
/// or <c>geometry(Point, 4326)</c> with a GiST index for QGIS and SQL users, and is written in the same transaction.
/// </summary>
/// <remarks>
/// <para>
/// The store keeps no connection of its own: every call takes a connection from the process's one
/// <see cref="NpgsqlDataSource"/> (<see cref="PostGisConnection.CreateDataSource"/>) and gives it back, so any number of
/// Homeward processes and stores work on one database at once. Like every <see cref="IHomewardStore"/>, an instance is
/// used from one thread at a time; opening one is cheap after the first check of the schema.
/// </para>
/// <para>
/// Commits are optimistic: expected versions are checked inside the transaction after advisory locks on the report and the
/// objects it changes, so two commits that change the same object give one success and one <see cref="CommitConflict"/>,
/// and commits that change different objects all succeed. Transactions that PostgreSQL aborts for a reason that may pass
/// (serialization failure, deadlock, a dropped connection) run again, up to <see cref="PostGisStoreOptions.MaxAttempts"/>
/// times. Environment failures become <see cref="PostGisStoreException"/>; nothing else from Npgsql leaves the store.
/// </para>
/// </remarks>
public sealed class PostGisStore : IHomewardStore, IStoreTransfer
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly StoreSchema _schema;
    private readonly PostGisStoreOptions _options;
    private bool _disposed;

    private PostGisStore(NpgsqlDataSource dataSource, StoreSchema schema, PostGisStoreOptions options, string database)
    {
        _dataSource = dataSource;
        _schema = schema;
        _options = options;
        Database = database;
    }

    /// <summary>The schema version this version of Homeward reads and writes (<c>meta.schema_version</c>).</summary>
    public static int SchemaVersion => Migrations.Latest;

    /// <summary>The server and database, without user or password.</summary>
    public string Database { get; }

    /// <summary>The PostgreSQL schema that holds the store.</summary>
    public string Schema => _schema.Name;

    /// <summary>
    /// Creates the store's schema in the database, or upgrades it to <see cref="SchemaVersion"/>: the migrations after the
    /// recorded version, then tables and columns for domain kinds and properties added since, filled from the history. Creates
    /// the PostGIS extension when it is missing and the user may. Concurrent migrations of one schema run one after the other.
    /// </summary>
    /// <param name="dataSource">The process's data source (<see cref="PostGisConnection.CreateDataSource"/>).</param>
    /// <param name="options">The schema and retry settings.</param>
    /// <param name="cancellationToken">Cancels the migration; nothing changes then.</param>
    /// <returns>The schema version before (0 when the store was created) and after.</returns>
    /// <exception cref="PostGisStoreException">
    /// The schema was written by a newer Homeward, holds tables that are not a Homeward store, PostGIS is missing, or the
    /// database is unreachable or refuses the user.
    /// </exception>
    public static async Task<(int From, int To)> MigrateAsync(NpgsqlDataSource dataSource, PostGisStoreOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        var schema = new StoreSchema(options.Schema);
        var database = PostGisConnection.Describe(dataSource.ConnectionString);
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionScope = connection.ConfigureAwait(false);
            var versions = await SchemaMigrator.MigrateAsync(connection, schema, database, options.TimeProvider.GetUtcNow(), cancellationToken)
                .ConfigureAwait(false);

            // The migration may have created PostGIS: connections opened before it do not know the geometry type yet.
            await dataSource.ReloadTypesAsync(cancellationToken).ConfigureAwait(false);
            return versions;
        }
        catch (NpgsqlException ex) when (StoreErrors.IsEnvironmental(ex))
        {
            throw StoreErrors.Translate(ex, database);
        }
    }

    /// <summary>
    /// Deletes the store: drops its schema with every table in it (and nothing outside it). The next
    /// <see cref="MigrateAsync"/> creates an empty store again.
    /// </summary>
    /// <param name="dataSource">The process's data source.</param>
    /// <param name="options">The schema.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task that completes when the schema is gone.</returns>
    /// <exception cref="PostGisStoreException">The schema holds tables but not a Homeward store, or the database is unreachable or refuses the user.</exception>
    public static async Task DropAsync(NpgsqlDataSource dataSource, PostGisStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        var schema = new StoreSchema(options.Schema);
        var database = PostGisConnection.Describe(dataSource.ConnectionString);
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionScope = connection.ConfigureAwait(false);
            var db = new PgSession(connection, null);

            // Never drop a schema that is not a Homeward store: this throws for one that holds other tables.
            await SchemaMigrator.ReadVersionAsync(db, schema, database, cancellationToken).ConfigureAwait(false);
            await db.ExecuteAsync($"DROP SCHEMA IF EXISTS {schema.Quoted} CASCADE", cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (StoreErrors.IsEnvironmental(ex))
        {
            throw StoreErrors.Translate(ex, database);
        }
    }

    /// <summary>
    /// Opens the store in the database, after checking that its schema exists and is exactly the one this Homeward writes.
    /// Opening never changes the schema: run <see cref="MigrateAsync"/> (<c>homeward migrate</c>) to create or upgrade it.
    /// </summary>
    /// <param name="dataSource">The process's data source; the store uses it and never disposes it.</param>
    /// <param name="options">The schema and retry settings.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ArgumentException">The schema name is not a plain lower-case identifier.</exception>
    /// <exception cref="PostGisStoreException">
    /// There is no store in the schema, it is older (<see cref="StoreUnavailableReason.SchemaOutdated"/>) or newer
    /// (<see cref="StoreUnavailableReason.SchemaTooNew"/>) than this Homeward, or the database is unreachable or refuses the user.
    /// </exception>
    public static async Task<PostGisStore> OpenAsync(NpgsqlDataSource dataSource, PostGisStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1);
        var store = new PostGisStore(dataSource, new StoreSchema(options.Schema), options,
            PostGisConnection.Describe(dataSource.ConnectionString));
        await store.RunAsync(db => SchemaMigrator.CheckAsync(db, store._schema, store.Database, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc/>
    public Task<long> GetDataVersionAsync(CancellationToken cancellationToken) =>
        RunAsync(db => MetaTable.GetDataVersionAsync(db, _schema, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<CodeTables> GetCodeTablesAsync(CancellationToken cancellationToken) =>
        RunAsync(async db => CodeTables.From(await CodeValueRows.ReadAllAsync(db, _schema, cancellationToken).ConfigureAwait(false)),
            cancellationToken);

    /// <inheritdoc/>
    public Task SaveCodeValueAsync(CodeValue value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        return WriteAsync(async db =>
        {
            await CodeValueRows.UpsertAsync(db, _schema, value, cancellationToken).ConfigureAwait(false);

            // Code labels are part of what results are computed from, so a relabelling is a new data version.
            await MetaTable.IncrementDataVersionAsync(db, _schema, cancellationToken).ConfigureAwait(false);
            return (CommitConflict?)null;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ReserveCodesAsync(string prefix, int count, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count == 0
            ? Task.FromResult<IReadOnlyList<string>>([])
            : RunAsync(db => CodeSequences.ReserveAsync(db, _schema, prefix, count, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<StoredObject?> GetAsync(Guid id, DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        RunAsync(db => ObjectQueries.GetAsync(db, _schema, id, asOf, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<StoredObject?> FindByCodeAsync(string code, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        return RunAsync(db => ObjectQueries.FindByCodeAsync(db, _schema, code, asOf, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ObjectVersion>> GetHistoryAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(db => ObjectQueries.GetHistoryAsync(db, _schema, id, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<StoredObject> ListAsync(ObjectKind kind, DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        StreamAsync(db => ObjectQueries.ListAsync(db, _schema, kind, asOf, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="kind"/> has no geometry.</exception>
    public Task<IReadOnlyList<StoredObject>> QueryEnvelopeAsync(ObjectKind kind, Envelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var layer = LayerTable.Of(kind);
        if (!layer.IsSpatial)
        {
            throw new ArgumentException($"{kind} objects have no geometry, so they have no spatial index.", nameof(kind));
        }

        return RunAsync(db => ObjectQueries.QueryEnvelopeAsync(db, _schema, layer, envelope, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<StoredReport?> GetReportAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        return RunAsync(db => ReportRows.GetAsync(db, _schema, code, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<ReportHeader?> GetReportHeaderAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        return RunAsync(db => ReportRows.GetHeaderAsync(db, _schema, code, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<FieldReportItem> ReadReportItemsAsync(Guid reportId, CancellationToken cancellationToken) =>
        StreamAsync(db => ReportItemRows.ReadAsync(db, _schema, reportId, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<FieldReportSummary>> ListReportsAsync(FieldReportStatus? status, CancellationToken cancellationToken) =>
        RunAsync(db => ReportRows.ListAsync(db, _schema, status, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ReportEffect>> GetReportEffectsAsync(Guid reportId, CancellationToken cancellationToken) =>
        RunAsync(db => ReportRows.GetEffectsAsync(db, _schema, reportId, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">
    /// The commit is malformed: a change without a new state, a state whose identity, kind or code differs from its change's,
    /// a geometry of the wrong shape or SRID, or a time earlier than the current version of an object it changes.
    /// </exception>
    /// <exception cref="OperationCanceledException">The commit was cancelled; nothing was stored.</exception>
    /// <exception cref="PostGisStoreException">The database is unreachable, read-only, or kept aborting the transaction.</exception>
    public Task<CommitConflict?> CommitAsync(Commit commit, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        CommitRules.Validate(commit);
        return WriteAsync(db => CommitWriter.ApplyAsync(db, _schema, commit, progress, cancellationToken), cancellationToken,
            keyViolation: ex => new CommitConflict(commit.Report.Code, commit.ExpectedReportVersion, 0,
                $"{commit.Report.Code} could not be stored: other writers kept taking the same keys ({ex.ConstraintName}). Review it again."));
    }

    /// <inheritdoc/>
    /// <exception cref="PostGisStoreException">The database is unreachable.</exception>
    public async Task ExportAsync(Func<StoreContent, CancellationToken, Task> consume, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consume);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionScope = connection.ConfigureAwait(false);
            await PostGisTransfer.ExportAsync(connection, _schema, consume, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (StoreErrors.IsEnvironmental(ex))
        {
            throw StoreErrors.Translate(ex, Database);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="PostGisStoreException">The database is unreachable, read-only or refuses the user.</exception>
    public async Task ImportAsync(StoreContent content, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionScope = connection.ConfigureAwait(false);
            await PostGisTransfer.ImportAsync(connection, _schema, content, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (StoreErrors.IsEnvironmental(ex))
        {
            throw StoreErrors.Translate(ex, Database);
        }
    }

    /// <summary>Marks the store closed. The data source stays open: it belongs to the caller.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        _disposed = true;
        return ValueTask.CompletedTask;
    }

    // Reads, and single statements that commit on their own: run again when the connection failed in a way that may pass.
    private async Task<T> RunAsync<T>(Func<PgSession, Task<T>> operation, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);
                return await operation(new PgSession(connection, null)).ConfigureAwait(false);
            }
            catch (NpgsqlException ex) when (StoreErrors.IsTransient(ex) && attempt < _options.MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException ex) when (StoreErrors.IsEnvironmental(ex))
            {
                throw StoreErrors.Translate(ex, Database);
            }
        }
    }

    // Rows read one at a time on a connection of their own, so the caller may use the store while it reads.
    private async IAsyncEnumerable<T> StreamAsync<T>(Func<PgSession, IAsyncEnumerable<T>> query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        NpgsqlConnection connection;
        try
        {
            connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException ex) when (StoreErrors.IsEnvironmental(ex))
        {
            throw StoreErrors.Translate(ex, Database);
        }

        await using (connection.ConfigureAwait(false))
        {
            await foreach (var row in StoreStreams.TranslateErrorsAsync<T, NpgsqlException>(query(new PgSession(connection, null)),
                StoreErrors.IsEnvironmental, ex => StoreErrors.Translate(ex, Database), cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }

    // One READ COMMITTED transaction, run again on transient errors and on key violations (the checks then see the winner).
    private async Task<CommitConflict?> WriteAsync(Func<PgSession, Task<CommitConflict?>> operation, CancellationToken cancellationToken,
        Func<PostgresException, CommitConflict>? keyViolation = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);
                var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken)
                    .ConfigureAwait(false);
                await using var transactionScope = transaction.ConfigureAwait(false);
                var conflict = await operation(new PgSession(connection, transaction)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (conflict is null)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                }

                return conflict;
            }
            catch (PostgresException ex) when (keyViolation is not null && StoreErrors.IsKeyViolation(ex))
            {
                if (attempt >= _options.MaxAttempts)
                {
                    return keyViolation(ex);
                }
            }
            catch (NpgsqlException ex) when (StoreErrors.IsTransient(ex) && attempt < _options.MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException ex) when (StoreErrors.IsEnvironmental(ex))
            {
                throw StoreErrors.Translate(ex, Database);
            }
        }
    }

    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * attempt), cancellationToken);
}
