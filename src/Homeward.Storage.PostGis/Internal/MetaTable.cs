using System.Globalization;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>The <c>meta</c> key/value table: schema version, data version, when the store was created.</summary>
internal static class MetaTable
{
    /// <summary>The key of the schema version.</summary>
    public const string SchemaVersionKey = "schema_version";

    /// <summary>The key of the data version.</summary>
    public const string DataVersionKey = "data_version";

    /// <summary>A value, or <see langword="null"/> when the key is absent.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The value.</returns>
    public static Task<string?> GetAsync(PgSession db, StoreSchema schema, string key, CancellationToken cancellationToken) =>
        db.ScalarAsync<string>($"SELECT value FROM {schema.Meta} WHERE key = $1", cancellationToken, Pg.Text(key));

    /// <summary>Sets a value.</summary>
    /// <param name="db">The session, in a transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task<int> SetAsync(PgSession db, StoreSchema schema, string key, string value, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            $"INSERT INTO {schema.Meta} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            cancellationToken, Pg.Text(key), Pg.Text(value));

    /// <summary>The data version.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The data version, 0 when absent.</returns>
    public static async Task<long> GetDataVersionAsync(PgSession db, StoreSchema schema, CancellationToken cancellationToken) =>
        await GetAsync(db, schema, DataVersionKey, cancellationToken).ConfigureAwait(false) is { } text
            ? long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : 0;

    /// <summary>
    /// Adds one to the data version. The row stays locked until the transaction ends, so commits take their data versions
    /// in the order they become visible; it is the last statement of every write for that reason.
    /// </summary>
    /// <param name="db">The session, in a transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task<int> IncrementDataVersionAsync(PgSession db, StoreSchema schema, CancellationToken cancellationToken) =>
        db.ExecuteAsync($"UPDATE {schema.Meta} SET value = (value::bigint + 1)::text WHERE key = $1", cancellationToken,
            Pg.Text(DataVersionKey));
}
