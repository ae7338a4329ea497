using Homeward.Domain;
using Microsoft.Data.Sqlite;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// Keeps the current-state tables in step with the domain types, as the last step of every migration: a kind added to
/// the domain gets its table, a property added to a kind gets its column (ALTER TABLE … ADD COLUMN), and the rows of
/// a changed table are written again from the history so that the new columns hold values.
/// </summary>
internal static class LayerSync
{
    /// <summary>Brings the tables in step, in one write transaction, if anything is missing.</summary>
    /// <param name="connection">The open connection, outside any transaction.</param>
    /// <param name="now">The time of the change.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task EnsureAsync(SqliteConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Look first without the write lock: on almost every open there is nothing to do.
        if ((await PlanAsync(new SqlSession(connection, null), cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        var db = new SqlSession(connection, transaction);
        foreach (var (layer, tableExists, missing) in await PlanAsync(db, cancellationToken).ConfigureAwait(false))
        {
            if (!tableExists)
            {
                await GeoPackageSchema.CreateLayerAsync(db, layer, now, cancellationToken).ConfigureAwait(false);
            }

            foreach (var column in missing)
            {
                await db.ExecuteAsync($"ALTER TABLE {LayerSchema.Quote(layer.Table)} ADD COLUMN {LayerSchema.AddColumnDefinition(column)}",
                    cancellationToken).ConfigureAwait(false);
            }

            await RewriteAsync(db, layer, cancellationToken).ConfigureAwait(false);
            await GeoPackageSchema.RecomputeExtentAsync(db, layer, now, cancellationToken).ConfigureAwait(false);
        }

        transaction.Commit();
    }

    private static async Task<List<(LayerSchema Layer, bool TableExists, List<LayerColumn> Missing)>> PlanAsync(SqlSession db,
        CancellationToken cancellationToken)
    {
        var plan = new List<(LayerSchema, bool, List<LayerColumn>)>();
        foreach (var layer in LayerSchema.All)
        {
            var existing = await db.QueryAsync("SELECT name FROM pragma_table_info(@t)", r => r.GetString(0), cancellationToken,
                ("@t", layer.Table)).ConfigureAwait(false);
            if (existing.Count == 0)
            {
                plan.Add((layer, false, []));
                continue;
            }

            var names = existing.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missing = layer.Columns.Where(c => !names.Contains(c.Name)).ToList();
            if (missing.Count > 0)
            {
                plan.Add((layer, true, missing));
            }
        }

        return plan;
    }

    private static async Task RewriteAsync(SqlSession db, LayerSchema layer, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync(
            $"SELECT {HistoryRow.Columns} FROM object_versions v WHERE v.kind = @kind AND v.valid_to IS NULL AND v.change <> 'withdrawn'",
            HistoryRow.Read, cancellationToken, ("@kind", EnumText.Of(layer.Info.Kind))).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await LayerWriter.UpsertAsync(db, row.State()!, row.Version, cancellationToken).ConfigureAwait(false);
        }
    }
}
