using Homeward.Domain.Codes;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// Migration 1: the history (<c>object_versions</c>, exact geometries in <c>geometry(Geometry, 4326)</c>), field reports,
/// report effects, code tables, code sequences, the meta table and one current-state table per object kind.
/// </summary>
internal static class InitialSchema
{
    /// <summary>Applies the migration.</summary>
    /// <param name="db">The session, in the migration's transaction.</param>
    /// <param name="schema">The store's schema, which exists and is empty.</param>
    /// <param name="now">When the store is created.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task ApplyAsync(PgSession db, StoreSchema schema, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var s = schema;
        await db.ExecuteAsync($"""
            CREATE TABLE {s.Meta} (
              key text PRIMARY KEY,
              value text NOT NULL
            );
            CREATE TABLE {s.FieldReports} (
              id uuid PRIMARY KEY,
              code text COLLATE "C" NOT NULL UNIQUE,
              version integer NOT NULL CHECK (version > 0),
              status text NOT NULL,
              title text NOT NULL,
              form_type text NOT NULL,
              item_count integer NOT NULL,
              created_by text NOT NULL,
              created_at timestamptz NOT NULL,
              submitted_at timestamptz,
              reviewed_at timestamptz,
              is_synthetic boolean NOT NULL,
              payload jsonb NOT NULL
            );
            CREATE INDEX field_reports_created_at ON {s.FieldReports} (created_at DESC, code DESC);
            CREATE INDEX field_reports_status ON {s.FieldReports} (status, created_at DESC);
            CREATE TABLE {s.ObjectVersions} (
              object_id uuid NOT NULL,
              version integer NOT NULL CHECK (version > 0),
              kind text NOT NULL,
              code text COLLATE "C" NOT NULL,
              change text NOT NULL CHECK (change IN ('created', 'updated', 'reverted', 'withdrawn')),
              valid_from timestamptz NOT NULL,
              valid_to timestamptz,
              changed_by text NOT NULL,
              report_id uuid REFERENCES {s.FieldReports} (id),
              report_code text COLLATE "C",
              payload jsonb,
              geom geometry(Geometry, 4326),
              PRIMARY KEY (object_id, version),
              CHECK ((payload IS NULL) = (change = 'withdrawn')),
              CHECK (valid_to IS NULL OR valid_to >= valid_from)
            );
            CREATE INDEX object_versions_code ON {s.ObjectVersions} (code, valid_from);
            CREATE INDEX object_versions_kind ON {s.ObjectVersions} (kind, valid_from);
            CREATE INDEX object_versions_report ON {s.ObjectVersions} (report_id);
            CREATE INDEX object_versions_geom_gist ON {s.ObjectVersions} USING gist (geom);
            -- The last line of defence under concurrency: one current version per object, one live object per code.
            CREATE UNIQUE INDEX object_versions_current ON {s.ObjectVersions} (object_id) WHERE valid_to IS NULL;
            CREATE UNIQUE INDEX object_versions_live_code ON {s.ObjectVersions} (code) WHERE valid_to IS NULL AND change <> 'withdrawn';
            CREATE TABLE {s.ReportEffects} (
              report_id uuid NOT NULL REFERENCES {s.FieldReports} (id),
              seq integer NOT NULL,
              object_id uuid NOT NULL,
              kind text NOT NULL,
              code text COLLATE "C" NOT NULL,
              version_before integer NOT NULL,
              version_after integer NOT NULL,
              change text NOT NULL,
              PRIMARY KEY (report_id, seq)
            );
            CREATE TABLE {s.CodeValues} (
              table_name text COLLATE "C" NOT NULL,
              code text COLLATE "C" NOT NULL,
              label_en text NOT NULL,
              label_az text,
              label_ru text,
              PRIMARY KEY (table_name, code)
            );
            CREATE TABLE {s.CodeSequences} (
              prefix text COLLATE "C" PRIMARY KEY,
              last bigint NOT NULL CHECK (last > 0)
            );
            COMMENT ON TABLE {s.ObjectVersions} IS
              'Every version of every Homeward object (payload: the object''s JSON form; geom: its exact geometry, EPSG:4326)';
            """, cancellationToken).ConfigureAwait(false);
        foreach (var layer in LayerTable.All)
        {
            await db.ExecuteAsync(layer.CreateSql(schema), cancellationToken).ConfigureAwait(false);
        }

        foreach (var value in CodeTables.Standard.AllValues)
        {
            await CodeValueRows.UpsertAsync(db, schema, value, cancellationToken).ConfigureAwait(false);
        }

        await MetaTable.SetAsync(db, schema, MetaTable.DataVersionKey, "0", cancellationToken).ConfigureAwait(false);
        await MetaTable.SetAsync(db, schema, "created_at", now.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        await MetaTable.SetAsync(db, schema, "srid", "4326", cancellationToken).ConfigureAwait(false);
    }
}
