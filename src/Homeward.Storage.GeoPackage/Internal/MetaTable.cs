using System.Globalization;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>The <c>homeward_meta</c> key/value table: schema version, data version, when the file was created.</summary>
internal static class MetaTable
{
    /// <summary>The key of the schema version.</summary>
    public const string SchemaVersionKey = "schema_version";

    /// <summary>The key of the data version.</summary>
    public const string DataVersionKey = "data_version";

    /// <summary>Whether the table exists, that is, whether the file is a Homeward store.</summary>
    /// <param name="db">The session.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>Whether it exists.</returns>
    public static async Task<bool> ExistsAsync(SqlSession db, CancellationToken cancellationToken) =>
        await db.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'homeward_meta'", cancellationToken)
            .ConfigureAwait(false) > 0;

    /// <summary>A value, or <see langword="null"/> when the key is absent.</summary>
    /// <param name="db">The session.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The value.</returns>
    public static Task<string?> GetAsync(SqlSession db, string key, CancellationToken cancellationToken) =>
        db.ScalarAsync<string>("SELECT value FROM homeward_meta WHERE key = @key", cancellationToken, ("@key", key));

    /// <summary>Sets a value.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task SetAsync(SqlSession db, string key, string value, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            "INSERT INTO homeward_meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            cancellationToken, ("@key", key), ("@value", value));

    /// <summary>The value of a key as a whole number, or <see langword="null"/> when absent.</summary>
    /// <param name="db">The session.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The value is not a whole number.</exception>
    public static async Task<long?> GetNumberAsync(SqlSession db, string key, CancellationToken cancellationToken) =>
        await GetAsync(db, key, cancellationToken).ConfigureAwait(false) is { } text
            ? long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : null;

    /// <summary>Adds one to the data version.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task IncrementDataVersionAsync(SqlSession db, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE homeward_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = @key",
            cancellationToken, ("@key", DataVersionKey));
}
