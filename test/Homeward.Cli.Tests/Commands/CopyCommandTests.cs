using Homeward.Storage.GeoPackage;
using Homeward.Testing;
using Homeward.Testing.Storage;

namespace Homeward.Cli.Tests.Commands;

public sealed class CopyCommandTests(PostgisFixture postgis, DemoFixture demo) : IClassFixture<DemoFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Copy_GeoPackageDemoToPostgisAndBack_KeepsEveryObjectAndItsHistory()
    {
        var database = await PostgisDatabase.CreateAsync(postgis);
        using var folder = new TemporaryFolder();
        var back = folder.File("back.gpkg");

        var there = await HomewardProcess.RunAsync(folder.Path, "copy", "--from", demo.Database, "--to", database.Uri, "--json");
        var again = await HomewardProcess.RunAsync(folder.Path, "copy", "--from", database.ConnectionString, "--to", back);

        Assert.True(there.ExitCode == 0, there.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("object versions", again.Output, StringComparison.Ordinal);
        await using var original = await GeoPackageStore.OpenAsync(demo.Database, new GeoPackageStoreOptions(), Ct);
        await using var returned = await GeoPackageStore.OpenAsync(back, new GeoPackageStoreOptions(), Ct);
        var (dataSource, copy) = await database.OpenAsync();
        await using (dataSource)
        await using (copy)
        {
            var expected = await StoreSnapshot.DescribeAsync(original, Ct);
            Assert.Equal(expected, await StoreSnapshot.DescribeAsync(copy, Ct));
            Assert.Equal(expected, await StoreSnapshot.DescribeAsync(returned, Ct));
            await StoreReadChecks.AssertAgreeAsync(original, copy, Ct);
            await StoreReadChecks.AssertAgreeAsync(original, returned, Ct);
        }
    }

    [Fact]
    public async Task Copy_IntoADatabaseThatHoldsData_IsRefusedAndChangesNothing()
    {
        var database = await PostgisDatabase.CreateAsync(postgis);
        using var folder = new TemporaryFolder();
        Assert.Equal(0, (await HomewardProcess.RunAsync(folder.Path, "copy", "--from", demo.Database, "--to", database.Uri)).ExitCode);

        var twice = await HomewardProcess.RunAsync(folder.Path, "copy", "--from", demo.Database, "--to", database.Uri);
        var ontoAFile = await HomewardProcess.RunAsync(folder.Path, "copy", "--from", database.Uri, "--to", demo.Database);

        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("holds a Homeward store with data already", twice.Error, StringComparison.Ordinal);
        Assert.Equal(1, ontoAFile.ExitCode);
        Assert.Contains("exists already", ontoAFile.Error, StringComparison.Ordinal);
    }
}
