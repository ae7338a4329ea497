using System.Globalization;
using Homeward.Domain.Codes;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// Migration 1: an empty file becomes a GeoPackage 1.3 with the history (<c>object_versions</c>), field reports,
/// report effects, code tables, code sequences, the meta table and one current-state table per object kind.
/// </summary>
internal static class InitialSchema
{
    /// <summary>Applies the migration.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="now">When the file is created.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task ApplyAsync(SqlSession db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await GeoPackageSchema.CreateCoreAsync(db, cancellationToken).ConfigureAwait(false);
        await db.ExecuteAsync("""
            CREATE TABLE homeward_meta (
              key TEXT PRIMARY KEY NOT NULL,
              value TEXT NOT NULL
            );
            CREATE TABLE field_reports (
              id TEXT PRIMARY KEY NOT NULL,
              code TEXT NOT NULL UNIQUE,
              version INTEGER NOT NULL,
              status TEXT NOT NULL,
              title TEXT NOT NULL,
              form_type TEXT NOT NULL,
              item_count INTEGER NOT NULL,
              created_by TEXT NOT NULL,
              created_at TEXT NOT NULL,
              submitted_at TEXT,
              reviewed_at TEXT,
              is_synthetic INTEGER NOT NULL,
              payload TEXT NOT NULL
            );
            CREATE INDEX field_reports_created_at ON field_reports (created_at);
            CREATE INDEX field_reports_status ON field_reports (status, created_at);
            CREATE TABLE object_versions (
              id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              object_id TEXT NOT NULL,
              kind TEXT NOT NULL,
              code TEXT NOT NULL,
              version INTEGER NOT NULL,
              change TEXT NOT NULL CHECK (change IN ('created', 'updated', 'reverted', 'withdrawn')),
              valid_from TEXT NOT NULL,
              valid_to TEXT,
              changed_by TEXT NOT NULL,
              report_id TEXT REFERENCES field_reports (id),
              report_code TEXT,
              payload TEXT,
              geom BLOB,
              CONSTRAINT uk_object_versions_object_version UNIQUE (object_id, version),
              CHECK ((payload IS NULL) = (change = 'withdrawn'))
            );
            CREATE INDEX object_versions_code ON object_versions (code, valid_from);
            CREATE INDEX object_versions_kind ON object_versions (kind, valid_to);
            CREATE TABLE report_effects (
              report_id TEXT NOT NULL REFERENCES field_reports (id),
              seq INTEGER NOT NULL,
              object_id TEXT NOT NULL,
              kind TEXT NOT NULL,
              code TEXT NOT NULL,
              version_before INTEGER NOT NULL,
              version_after INTEGER NOT NULL,
              change TEXT NOT NULL,
              PRIMARY KEY (report_id, seq)
            );
            CREATE TABLE code_values (
              table_name TEXT NOT NULL,
              code TEXT NOT NULL,
              label_en TEXT NOT NULL,
              label_az TEXT,
              label_ru TEXT,
              PRIMARY KEY (table_name, code)
            );
            CREATE TABLE code_sequences (
              prefix TEXT PRIMARY KEY NOT NULL,
              last INTEGER NOT NULL
            );
            """, cancellationToken).ConfigureAwait(false);

        // The index on (object_id, version) that the unique constraint creates also serves look-ups by object_id.
        await GeoPackageSchema.RegisterAttributesAsync(db, "object_versions",
            "Every version of every Homeward object (payload: the object's JSON form; geom: its exact GeoPackage geometry)",
            now, cancellationToken).ConfigureAwait(false);
        foreach (var layer in LayerSchema.All)
        {
            await GeoPackageSchema.CreateLayerAsync(db, layer, now, cancellationToken).ConfigureAwait(false);
        }

        foreach (var value in CodeTables.Standard.AllValues)
        {
            await CodeValueRows.UpsertAsync(db, value, cancellationToken).ConfigureAwait(false);
        }

        await MetaTable.SetAsync(db, MetaTable.DataVersionKey, "0", cancellationToken).ConfigureAwait(false);
        await MetaTable.SetAsync(db, "created_at", UtcText.Of(now), cancellationToken).ConfigureAwait(false);
        await MetaTable.SetAsync(db, "srid", StoreGeometry.Srid.ToString(CultureInfo.InvariantCulture), cancellationToken)
            .ConfigureAwait(false);
    }
}
