using System.Diagnostics;
using Homeward.Testing;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Homeward.Benchmarks.Peers;

/// <summary>
/// PostGIS 3 on a throw-away PostgreSQL 15 cluster, loaded with the same layers, with GiST indexes and two parallel
/// workers per query, as the protocol asks.
/// </summary>
internal sealed class PostgisPeer : IAsyncDisposable
{
    private readonly TemporaryPostgis _cluster;
    private readonly NpgsqlDataSource _dataSource;

    private PostgisPeer(TemporaryPostgis cluster, NpgsqlDataSource dataSource)
    {
        _cluster = cluster;
        _dataSource = dataSource;
    }

    public string Version { get; private set; } = string.Empty;

    public static async Task<PostgisPeer> StartAsync()
    {
        var cluster = await TemporaryPostgis.StartAsync(default);
        var connectionString = await cluster.CreateDatabaseAsync("peers", default);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        var peer = new PostgisPeer(cluster, builder.Build());
        peer.Version = (string)(await peer.ScalarAsync("SELECT version() || ' / PostGIS ' || postgis_full_version()"))!;
        return peer;
    }

    /// <summary>Creates a table <c>name(id int, geom geometry(Geometry, 4326))</c>, loads it by binary COPY, indexes and analyses it.</summary>
    public async Task LoadAsync(string name, IReadOnlyList<Geometry> geometries)
    {
        await ExecuteAsync($"DROP TABLE IF EXISTS {name}; CREATE TABLE {name} (id integer PRIMARY KEY, geom geometry(Geometry, 4326) NOT NULL)");
        await using (var connection = await _dataSource.OpenConnectionAsync())
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {name} (id, geom) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < geometries.Count; i++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(i, NpgsqlDbType.Integer);
                await copy.WriteAsync(geometries[i], NpgsqlDbType.Geometry);
            }

            await copy.CompleteAsync();
        }

        await ExecuteAsync($"CREATE INDEX ON {name} USING gist (geom); ANALYZE {name}");
    }

    /// <summary>Runs a query that returns one row (pairs, measure) and times it on the client.</summary>
    public async Task<(double Seconds, long Pairs, double Measure)> TimeAsync(string sql)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using (var settings = new NpgsqlCommand("SET max_parallel_workers_per_gather = 2; SET jit = off", connection))
        {
            await settings.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1800 };
        var stopwatch = Stopwatch.StartNew();
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var pairs = reader.GetInt64(0);
        var measure = reader.IsDBNull(1) ? 0 : reader.GetDouble(1);
        stopwatch.Stop();
        return (stopwatch.Elapsed.TotalSeconds, pairs, measure);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.CommandTimeout = 1800;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var command = _dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}
