using System.Globalization;
using Homeward.Domain.Storage;
using Npgsql;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// Reads and brings up to date the schema version of a store: creates the schema (and PostGIS, where the user may) when
/// there is none, applies the migrations after the recorded version, refuses schemas a newer Homeward wrote, then runs
/// <see cref="LayerSync"/>. Concurrent migrations of one schema wait for each other on an advisory lock.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>The schema version of a store, or <see langword="null"/> when the schema holds no Homeward store yet.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="database">The database, for messages.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The version.</returns>
    /// <exception cref="PostGisStoreException">The schema holds tables but not a Homeward store, or no valid version.</exception>
    public static async Task<int?> ReadVersionAsync(PgSession db, StoreSchema schema, string database, CancellationToken cancellationToken)
    {
        var tables = await db.QueryFirstAsync(
            "SELECT count(*), count(*) FILTER (WHERE c.relname = 'meta') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v')",
            r => new long[] { r.GetInt64(0), r.GetInt64(1) }, cancellationToken, Pg.Text(schema.Name)).ConfigureAwait(false);
        if (tables![1] == 0)
        {
            return tables[0] == 0
                ? null
                : throw new PostGisStoreException(StoreUnavailableReason.NotAHomewardStore, database,
                    $"the schema {schema.Name} of {database} holds tables but no Homeward store (no meta table); " +
                    "Homeward does not write into other schemas. Choose another schema.");
        }

        var text = await MetaTable.GetAsync(db, schema, MetaTable.SchemaVersionKey, cancellationToken).ConfigureAwait(false);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new PostGisStoreException(StoreUnavailableReason.NotAHomewardStore, database,
                $"the schema {schema.Name} of {database} has no valid schema version in its meta table ('{text}').");
    }

    /// <summary>Checks that a store exists and is exactly at the schema this code writes, with every current-state column.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="database">The database, for messages.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The schema version.</returns>
    /// <exception cref="PostGisStoreException">There is no store, or it is older or newer than this code.</exception>
    public static async Task<int> CheckAsync(PgSession db, StoreSchema schema, string database, CancellationToken cancellationToken)
    {
        var version = await ReadVersionAsync(db, schema, database, cancellationToken).ConfigureAwait(false)
            ?? throw new PostGisStoreException(StoreUnavailableReason.NotFound, database,
                $"{database} has no Homeward store in the schema {schema.Name}; create it with 'homeward migrate --db ...' (or 'homeward init').");
        ThrowIfTooNew(version, schema, database);
        if (version < Migrations.Latest || (await LayerSync.PlanAsync(db, schema, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            throw new PostGisStoreException(StoreUnavailableReason.SchemaOutdated, database,
                string.Create(CultureInfo.InvariantCulture,
                    $"the Homeward store in {database} (schema {schema.Name}, version {version}) is older than this Homeward ({Migrations.Latest}); ") +
                "upgrade it with 'homeward migrate --db ...'.",
                databaseSchemaVersion: version);
        }

        return version;
    }

    /// <summary>Creates or upgrades the store.</summary>
    /// <param name="connection">An open connection, outside any transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="database">The database, for messages.</param>
    /// <param name="now">The time of the change.</param>
    /// <param name="cancellationToken">Cancels it; nothing changes then.</param>
    /// <returns>The schema version before (0 when the store was created) and after.</returns>
    /// <exception cref="PostGisStoreException">The schema is newer than this code, is not a Homeward store, or PostGIS is missing.</exception>
    public static async Task<(int From, int To)> MigrateAsync(NpgsqlConnection connection, StoreSchema schema, string database,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        var db = new PgSession(connection, transaction);
        await db.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext($1))", cancellationToken, Pg.Text("homeward migrate " + schema.Name))
            .ConfigureAwait(false);
        await EnsurePostgisAsync(db, transaction, database, cancellationToken).ConfigureAwait(false);
        var before = await ReadVersionAsync(db, schema, database, cancellationToken).ConfigureAwait(false) ?? 0;
        ThrowIfTooNew(before, schema, database);
        await db.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {schema.Quoted}", cancellationToken).ConfigureAwait(false);
        foreach (var migration in Migrations.All.Where(m => m.Version > before))
        {
            await migration.ApplyAsync(db, schema, now, cancellationToken).ConfigureAwait(false);
            await MetaTable.SetAsync(db, schema, MetaTable.SchemaVersionKey, migration.Version.ToString(CultureInfo.InvariantCulture),
                cancellationToken).ConfigureAwait(false);
        }

        await LayerSync.EnsureAsync(db, schema, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (before, Migrations.Latest);
    }

    private static void ThrowIfTooNew(int version, StoreSchema schema, string database)
    {
        if (version > Migrations.Latest)
        {
            throw new PostGisStoreException(StoreUnavailableReason.SchemaTooNew, database,
                string.Create(CultureInfo.InvariantCulture,
                    $"the Homeward store in {database} (schema {schema.Name}) has schema version {version}, written by a newer Homeward; ") +
                string.Create(CultureInfo.InvariantCulture, $"this version knows up to {Migrations.Latest}. Upgrade Homeward to use it."),
                databaseSchemaVersion: version);
        }
    }

    private static async Task EnsurePostgisAsync(PgSession db, NpgsqlTransaction transaction, string database,
        CancellationToken cancellationToken)
    {
        if (await db.ScalarAsync<long>("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'", cancellationToken).ConfigureAwait(false) > 0)
        {
            return;
        }

        await transaction.SaveAsync("postgis", cancellationToken).ConfigureAwait(false);
        try
        {
            await db.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS postgis", cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex)
        {
            await transaction.RollbackAsync("postgis", cancellationToken).ConfigureAwait(false);
            throw new PostGisStoreException(
                ex.SqlState == PostgresErrorCodes.InsufficientPrivilege ? StoreUnavailableReason.AccessDenied : StoreUnavailableReason.NotFound,
                database,
                $"PostGIS is not installed in {database} and could not be ({ex.MessageText}); install the server package " +
                "(postgresql-15-postgis-3 on Debian) and run CREATE EXTENSION postgis as a superuser.",
                ex, ex.SqlState);
        }
    }
}
