using Npgsql;

namespace Homeward.Testing.Tests;

public sealed class TemporaryPostgisTests(PostgisFixture postgis)
{
    [Fact]
    public async Task CreateDatabaseAsync_NewDatabase_HasPostgisAndComputesUtmAreas()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var cluster = await postgis.GetAsync(cancellationToken);

        var connectionString = await cluster.CreateDatabaseAsync("temporary_postgis_area", cancellationToken);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT current_database(), ST_Area(ST_Transform(ST_GeomFromText('POLYGON((46.5 39.8, 46.51 39.8, 46.51 39.81, 46.5 39.81, 46.5 39.8))', 4326), 32638))",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Assert.True(await reader.ReadAsync(cancellationToken));
        Assert.Equal("temporary_postgis_area", reader.GetString(0));
        // A 0.01° square at 39.8° N is about 856 m × 1,112 m.
        Assert.InRange(reader.GetDouble(1), 0.94e6, 0.96e6);
    }

    [Fact]
    public async Task CreateDatabaseAsync_NotAPlainIdentifier_Throws()
    {
        var cluster = await postgis.GetAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ArgumentException>(() => cluster.CreateDatabaseAsync("bad\"; DROP", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DisposeAsync_OwnCluster_StopsAndDeletesFolder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        if (!TemporaryPostgis.TryFindInstallation(out _, out var problem))
        {
            Assert.SkipWhen(!PostgisFixture.IsContinuousIntegration, $"Skipped: {problem}");
            Assert.Fail(problem);
        }

        var cluster = await TemporaryPostgis.StartAsync(cancellationToken);
        var folder = cluster.Folder;
        Assert.True(Directory.Exists(folder));

        await cluster.DisposeAsync();

        Assert.False(Directory.Exists(folder));
    }
}
