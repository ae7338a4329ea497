using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// Brings a file to the schema this code writes: creates it when empty, applies the migrations after the version it
/// records, refuses files that are not Homeward stores or that a newer Homeward wrote, then runs <see cref="LayerSync"/>.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Migrates the file of <paramref name="connection"/>.</summary>
    /// <param name="connection">The open connection, outside any transaction.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="mayCreate">Whether an empty file may be made a store.</param>
    /// <param name="now">The time of the change.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    /// <exception cref="GeoPackageStoreException">The file is not a Homeward store, or is newer than this code.</exception>
    public static async Task MigrateAsync(SqliteConnection connection, string path, bool mayCreate, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var version = await ReadVersionAsync(new SqlSession(connection, null), path, mayCreate, cancellationToken).ConfigureAwait(false);
        if (version < Migrations.Latest)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var db = new SqlSession(connection, transaction);

            // Another process may have migrated the file while this one waited for the write lock.
            version = await ReadVersionAsync(db, path, mayCreate, cancellationToken).ConfigureAwait(false);
            foreach (var migration in Migrations.All.Where(m => m.Version > version))
            {
                await migration.ApplyAsync(db, now, cancellationToken).ConfigureAwait(false);
                await MetaTable.SetAsync(db, MetaTable.SchemaVersionKey, migration.Version.ToString(CultureInfo.InvariantCulture),
                    cancellationToken).ConfigureAwait(false);
            }

            transaction.Commit();
        }

        await LayerSync.EnsureAsync(connection, now, cancellationToken).ConfigureAwait(false);
    }

    // 0 for an empty file that may become a store.
    private static async Task<int> ReadVersionAsync(SqlSession db, string path, bool mayCreate, CancellationToken cancellationToken)
    {
        if (!await MetaTable.ExistsAsync(db, cancellationToken).ConfigureAwait(false))
        {
            var tables = await db.ScalarAsync<long>("SELECT count(*) FROM sqlite_master", cancellationToken).ConfigureAwait(false);
            return tables == 0 && mayCreate
                ? 0
                : throw new GeoPackageStoreException(GeoPackageStoreError.NotAHomewardFile, path, tables == 0
                    ? $"{path} is empty; open it with the option to create a store to make it one."
                    : $"{path} is not a Homeward store: it has no homeward_meta table. Homeward does not write into other databases.");
        }

        var text = await MetaTable.GetAsync(db, MetaTable.SchemaVersionKey, cancellationToken).ConfigureAwait(false);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new GeoPackageStoreException(GeoPackageStoreError.NotAHomewardFile, path,
                $"{path} has no valid schema version in homeward_meta ('{text}').");
        }

        return version <= Migrations.Latest
            ? version
            : throw new GeoPackageStoreException(GeoPackageStoreError.SchemaTooNew, path,
                string.Create(CultureInfo.InvariantCulture,
                    $"{path} has schema version {version}, written by a newer Homeward; this version knows up to {Migrations.Latest}. ") +
                "Upgrade Homeward to open it.",
                fileSchemaVersion: version);
    }
}
