using Homeward.Storage.PostGis;
using Homeward.Testing;

namespace Homeward.Cli.Tests.Commands;

public sealed class MigrateCommandTests(PostgisFixture postgis)
{
    [Fact]
    public async Task Migrate_NewPostgresDatabase_CreatesTheStoreThenFindsItUpToDate()
    {
        var database = await PostgisDatabase.CreateAsync(postgis);
        using var folder = new TemporaryFolder();

        var created = await HomewardProcess.RunAsync(folder.Path, "migrate", "--db", database.Uri, "--json");
        var again = await HomewardProcess.RunAsync(folder.Path, "migrate", "--db", database.ConnectionString);
        var stats = await HomewardProcess.RunAsync(folder.Path, "stats", "--db", database.Uri, "--json");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains($"\"schemaVersion\": {PostGisStore.SchemaVersion}", created.Output, StringComparison.Ordinal);
        Assert.Contains("\"fromSchemaVersion\": 0", created.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("up to date", again.Output, StringComparison.Ordinal);
        Assert.True(stats.ExitCode == 0, stats.ToString());
        Assert.Contains("\"dataVersion\": 0", stats.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("password", created.Output + created.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Commands_SchemaWrittenByANewerHomeward_RefuseWithExitCode2()
    {
        var database = await PostgisDatabase.CreateAsync(postgis);
        using var folder = new TemporaryFolder();
        Assert.Equal(0, (await HomewardProcess.RunAsync(folder.Path, "migrate", "--db", database.ConnectionString)).ExitCode);
        await database.ExecuteAsync($"UPDATE homeward.meta SET value = '{PostGisStore.SchemaVersion + 1}' WHERE key = 'schema_version'");

        var migrate = await HomewardProcess.RunAsync(folder.Path, "migrate", "--db", database.ConnectionString);
        var stats = await HomewardProcess.RunAsync(folder.Path, "stats", "--db", database.ConnectionString);

        Assert.Equal(2, migrate.ExitCode);
        Assert.Contains("newer Homeward", migrate.Error, StringComparison.Ordinal);
        Assert.Equal(2, stats.ExitCode);
        Assert.Contains("newer Homeward", stats.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_PostgresDatabaseWithoutAStore_SaysToMigrate()
    {
        var database = await PostgisDatabase.CreateAsync(postgis);
        using var folder = new TemporaryFolder();

        var stats = await HomewardProcess.RunAsync(folder.Path, "stats", "--db", database.Uri);

        Assert.Equal(2, stats.ExitCode);
        Assert.Contains("homeward migrate", stats.Error, StringComparison.Ordinal);
    }
}
