using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Npgsql;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// The store's one way of running SQL: a connection and, when a write is under way, its transaction. Parameters are
/// positional (<c>$1</c>, <c>$2</c>…) and always carry an explicit PostgreSQL type (<see cref="Pg"/>).
/// </summary>
/// <param name="connection">The open connection.</param>
/// <param name="transaction">The transaction commands run in, if any.</param>
internal sealed class PgSession(NpgsqlConnection connection, NpgsqlTransaction? transaction)
{
    /// <summary>The connection.</summary>
    public NpgsqlConnection Connection => connection;

    /// <summary>Runs a statement (or several separated by semicolons, when there are no parameters).</summary>
    /// <param name="sql">The SQL.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <param name="parameters">The parameters, in order.</param>
    /// <returns>The number of rows changed.</returns>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        var command = Create(sql, parameters);
        await using var commandScope = command.ConfigureAwait(false);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs several statements in one round trip (an <see cref="NpgsqlBatch"/>), in order.</summary>
    /// <param name="cancellationToken">Cancels them.</param>
    /// <param name="commands">The statements, each with its parameters.</param>
    /// <returns>The number of rows changed, summed.</returns>
    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "All SQL is built by this assembly from constants and identifiers it owns; values are always parameters.")]
    public async Task<int> ExecuteBatchAsync(CancellationToken cancellationToken, params (string Sql, NpgsqlParameter[] Parameters)[] commands)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        await using var batchScope = batch.ConfigureAwait(false);
        foreach (var (sql, parameters) in commands)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddRange(parameters);
            batch.BatchCommands.Add(command);
        }

        return await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first column of the first row, or <see langword="default"/> when there is no row or it is NULL.</summary>
    /// <typeparam name="T">The column's CLR type.</typeparam>
    /// <param name="sql">The SQL.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <param name="parameters">The parameters, in order.</param>
    /// <returns>The value.</returns>
    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        var command = Create(sql, parameters);
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !await reader.IsDBNullAsync(0, cancellationToken).ConfigureAwait(false)
            ? reader.GetFieldValue<T>(0)
            : default;
    }

    /// <summary>Every row, mapped.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="sql">The SQL.</param>
    /// <param name="map">Maps the current row.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <param name="parameters">The parameters, in order.</param>
    /// <returns>The rows.</returns>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
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
    /// <param name="parameters">The parameters, in order.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public async Task<T?> QueryFirstAsync<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
        where T : class
    {
        var command = Create(sql, parameters);
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? map(reader) : null;
    }

    /// <summary>The rows one by one, mapped, while the reader stays open.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="sql">The SQL.</param>
    /// <param name="map">Maps the current row.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <param name="parameters">The parameters, in order.</param>
    /// <returns>The rows.</returns>
    public async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<NpgsqlDataReader, T> map,
        [EnumeratorCancellation] CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        var command = Create(sql, parameters);
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return map(reader);
        }
    }

    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities",
        Justification = "All SQL is built by this assembly from constants and identifiers it owns; values are always parameters.")]
    private NpgsqlCommand Create(string sql, NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        return command;
    }
}
