using Homeward.Domain;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// Keeps the current-state tables in step with the domain types, as the last step of every migration: a kind added to
/// the domain gets its table, a property added to a kind gets its column, and the rows of a changed table are written
/// again from the history so that the new columns hold values.
/// </summary>
internal static class LayerSync
{
    /// <summary>What is missing: tables, and columns of existing tables.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The tables that need work, with whether they exist and the columns they lack.</returns>
    public static async Task<List<(LayerTable Layer, bool Exists, List<LayerColumn> Missing)>> PlanAsync(PgSession db, StoreSchema schema,
        CancellationToken cancellationToken)
    {
        var existing = (await db.QueryAsync(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1",
            r => (Table: r.GetString(0), Column: r.GetString(1)), cancellationToken, Pg.Text(schema.Name)).ConfigureAwait(false))
            .ToLookup(c => c.Table, c => c.Column, StringComparer.Ordinal);
        var plan = new List<(LayerTable, bool, List<LayerColumn>)>();
        foreach (var layer in LayerTable.All)
        {
            if (!existing.Contains(layer.Name))
            {
                plan.Add((layer, false, []));
                continue;
            }

            var names = existing[layer.Name].ToHashSet(StringComparer.Ordinal);
            var missing = layer.Columns.Where(c => !names.Contains(c.Name)).ToList();
            if (missing.Count > 0)
            {
                plan.Add((layer, true, missing));
            }
        }

        return plan;
    }

    /// <summary>Creates what is missing and fills it from the history.</summary>
    /// <param name="db">The session, in the migration's transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task EnsureAsync(PgSession db, StoreSchema schema, CancellationToken cancellationToken)
    {
        foreach (var (layer, exists, missing) in await PlanAsync(db, schema, cancellationToken).ConfigureAwait(false))
        {
            if (!exists)
            {
                await db.ExecuteAsync(layer.CreateSql(schema), cancellationToken).ConfigureAwait(false);
            }

            foreach (var column in missing)
            {
                await db.ExecuteAsync(
                    $"ALTER TABLE {schema.Table(layer.Name)} ADD COLUMN {StoreSchema.Quote(column.Name)} {column.SqlType}",
                    cancellationToken).ConfigureAwait(false);
            }

            await FillAsync(db, schema, layer, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes every current object of a kind into its table from the history.</summary>
    /// <param name="db">The session, in a transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="layer">The table.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task<int> FillAsync(PgSession db, StoreSchema schema, LayerTable layer, CancellationToken cancellationToken) =>
        db.ExecuteAsync(layer.UpsertFromHistorySql(schema, "v.kind = $1 AND v.valid_to IS NULL AND v.change <> 'withdrawn'"),
            cancellationToken, Pg.Text(EnumText.Of(layer.Info.Kind)));
}
