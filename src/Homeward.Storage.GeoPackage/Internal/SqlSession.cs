using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// The store's one way of running SQL: a connection and, when a write is under way, its transaction. Every
/// parameter goes through the same conversion (identities and instants as text, <see langword="null"/> as NULL).
/// </summary>
/// <param name="connection">The open connection.</param>
/// <param name="transaction">The transaction commands run in, if any.</param>
internal sealed class SqlSession(SqliteConnection connection, SqliteTransaction? transaction)
{
    /// <summary>Runs a statement (or several separated by semicolons).</summary>
    /// <param name="sql">The SQL.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <param name="parameters">The parameters by name.</param>
    /// <returns>The number of rows changed.</returns>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first column of the first row, or <see langword="default"/> when there is no row or it is NULL.</summary>
    /// <typeparam name="T">The column's CLR type.</typeparam>
    /// <param name="sql">The SQL.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <param name="parameters">The parameters by name.</param>
    /// <returns>The value.</returns>
    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.IsDBNull(0)
            ? reader.GetFieldValue<T>(0)
            : default;
    }

    /// <summary>Every row, mapped.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="sql">The SQL.</param>
    /// <param name="map">Maps the current row.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <param name="parameters">The parameters by name.</param>
    /// <returns>The rows.</returns>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        var rows = new List<T>();
        await foreach (var row in StreamAsync(sql, map, cancellationToken, parameters).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The first row, mapped, or <see langword="null"/>.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="sql">The SQL.</param>
    /// <param name="map">Maps the row.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <param name="parameters">The parameters by name.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public async Task<T?> QueryFirstAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
        where T : class
    {
        using var command = Create(sql, parameters);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? map(reader) : null;
    }

    /// <summary>The rows one by one, mapped, while the reader stays open.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="sql">The SQL.</param>
    /// <param name="map">Maps the current row.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <param name="parameters">The parameters by name.</param>
    /// <returns>The rows.</returns>
    public async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<SqliteDataReader, T> map,
        [EnumeratorCancellation] CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return map(reader);
        }
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "All SQL is built by this assembly from constants and identifiers it owns; values are always parameters.")]
    private SqliteCommand Create(string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, ToDatabase(value));
        }

        return command;
    }

    /// <summary>
    /// A statement prepared once to be run many times (a bulk insert), in this session's transaction, with its
    /// parameters in the order named; the caller sets their values through <see cref="ToDatabase"/> and disposes it.
    /// </summary>
    /// <param name="sql">The SQL.</param>
    /// <param name="parameterNames">The parameters' names.</param>
    /// <returns>The command.</returns>
    public SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = Create(sql, [.. parameterNames.Select(n => (n, (object?)null))]);
        command.Prepare();
        return command;
    }

    /// <summary>The database form of a parameter value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The form.</returns>
    public static object ToDatabase(object? value) => value switch
    {
        null => DBNull.Value,
        Guid id => id.ToString("D", CultureInfo.InvariantCulture),
        DateTimeOffset instant => UtcText.Of(instant),
        _ => value,
    };
}
