using System.Globalization;
using Homeward.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;
using NpgsqlTypes;

namespace Homeward.Cli.Tests.Commands;

/// <summary>A PostGIS database of a test's own, to compute the reference answers with PostGIS's own functions.</summary>
internal sealed class PostgisReference : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private PostgisReference(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgisReference> CreateAsync(PostgisFixture postgis, string database)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var cluster = await postgis.GetAsync(cancellationToken);
        var connection = new NpgsqlConnection(await cluster.CreateDatabaseAsync(database, cancellationToken));
        await connection.OpenAsync(cancellationToken);
        return new PostgisReference(connection);
    }

    /// <summary>Loads rows into a new table (id, status, population, geom in SRID 4326) through binary COPY of exact WKB.</summary>
    public async Task LoadAsync(string table, IEnumerable<(string Id, string? Status, int? Population, Geometry Geometry)> rows)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await ExecuteAsync($"CREATE TABLE {table}_wkb (id text, status text, population integer, wkb bytea)");
        var writer = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false);
        await using (var import = await _connection.BeginBinaryImportAsync(
            $"COPY {table}_wkb (id, status, population, wkb) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (id, status, population, geometry) in rows)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(id, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(status, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(population, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(writer.Write(geometry), NpgsqlDbType.Bytea, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync($"CREATE TABLE {table} AS SELECT id, status, population, ST_GeomFromWKB(wkb, 4326) AS geom FROM {table}_wkb");
        await ExecuteAsync($"CREATE INDEX ON {table} USING gist (geom)");
        await ExecuteAsync($"ANALYZE {table}");
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs a query; each row becomes its columns as strings (invariant, round-trip doubles) keyed by name.</summary>
    public async Task<List<Dictionary<string, object?>>> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var command = new NpgsqlCommand(sql, _connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<Dictionary<string, object?>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public async Task<string> VersionAsync()
    {
        var rows = await QueryAsync("SELECT postgis_full_version() AS v");
        return Convert.ToString(rows[0]["v"], CultureInfo.InvariantCulture)!;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
