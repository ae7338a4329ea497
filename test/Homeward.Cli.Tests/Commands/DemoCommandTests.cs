using System.Text.Json;
using Homeward.Testing;
using Homeward.Testing.Storage;

namespace Homeward.Cli.Tests.Commands;

public sealed class DemoCommandTests(PostgisFixture postgis, DemoFixture demo) : IClassFixture<DemoFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_OnPostgis_GivesTheGeoPackageDemosTotalsAndSurvivesDumpAndRestore()
    {
        var database = await PostgisDatabase.CreateAsync(postgis);
        var restored = await PostgisDatabase.CreateAsync(postgis);
        using var folder = new TemporaryFolder();
        var dump = folder.File("homeward.dump");

        var built = await HomewardProcess.RunAsync(folder.Path, "demo", "--scale", "0.03", "--seed", "7", "--db", database.Uri, "--json");
        var refused = await HomewardProcess.RunAsync(folder.Path, "demo", "--scale", "0.03", "--seed", "7", "--db", database.Uri);
        var statsOnPostgis = await HomewardProcess.RunAsync(folder.Path, "stats", "--db", database.ConnectionString, "--json");
        var statsOnGeoPackage = await HomewardProcess.RunAsync(folder.Path, "stats", "--db", demo.Database, "--json");
        var dumped = await database.RunToolAsync("pg_dump", folder.Path, "--format", "custom", "--file", dump, database.Name);
        var loaded = await restored.RunToolAsync("pg_restore", folder.Path, "--exit-on-error", "--no-owner", "--dbname", restored.Name, dump);
        var statsOnRestored = await HomewardProcess.RunAsync(folder.Path, "stats", "--db", restored.Uri, "--json");

        Assert.True(built.ExitCode == 0, built.ToString());
        var pgBuilt = JsonDocument.Parse(built.Output).RootElement;
        Assert.Equal(demo.Built.GetProperty("built").GetRawText(), pgBuilt.GetProperty("built").GetRawText());
        Assert.Equal(demo.Built.GetProperty("summary").GetRawText(), pgBuilt.GetProperty("summary").GetRawText());
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.True(statsOnPostgis.ExitCode == 0, statsOnPostgis.ToString());
        Assert.Equal(statsOnGeoPackage.Output, statsOnPostgis.Output);
        Assert.True(dumped.ExitCode == 0, dumped.ToString());
        Assert.True(loaded.ExitCode == 0, loaded.ToString());
        Assert.Equal(statsOnPostgis.Output, statsOnRestored.Output);
        var (originalSource, original) = await database.OpenAsync();
        var (restoredSource, copy) = await restored.OpenAsync();
        await using (originalSource)
        await using (restoredSource)
        {
            Assert.Equal(await StoreSnapshot.DescribeAsync(original, Ct), await StoreSnapshot.DescribeAsync(copy, Ct));
            await StoreReadChecks.AssertAgreeAsync(original, copy, Ct);
        }
    }

    [Fact]
    public async Task DemoForce_OnPostgis_ReplacesOnlyTheHomewardSchema()
    {
        var database = await PostgisDatabase.CreateAsync(postgis);
        using var folder = new TemporaryFolder();
        await database.ExecuteAsync("CREATE TABLE public.parcels (id integer PRIMARY KEY, owner text); INSERT INTO public.parcels VALUES (1, 'kept')");
        Assert.Equal(0, (await HomewardProcess.RunAsync(folder.Path, "init", "--db", database.Uri)).ExitCode);
        await database.ExecuteAsync("UPDATE homeward.meta SET value = '5' WHERE key = 'data_version'");

        var forced = await HomewardProcess.RunAsync(folder.Path, "demo", "--scale", "0.01", "--seed", "3", "--db", database.Uri, "--force", "--json");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        var (dataSource, store) = await database.OpenAsync();
        await using (dataSource)
        await using (store)
        {
            Assert.True(await store.GetDataVersionAsync(Ct) > 0);
            await using var command = dataSource.CreateCommand("SELECT owner FROM public.parcels WHERE id = 1");
            Assert.Equal("kept", await command.ExecuteScalarAsync(Ct));
        }
    }
}
