using Homeward.Domain;
using Homeward.Testing;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Storage.GeoPackage.Tests;

public sealed partial class GeoPackageStoreTests
{
    [Fact]
    public async Task CommitAsync_WriterHoldsTheLockPastTheBusyTimeout_ThrowsBusy()
    {
        using var file = new TempGeoPackage();
        await using (var setup = await file.OpenAsync())
        {
            await setup.CommitOrFailAsync(Approve(T0, Create(SampleObjects.Create(ObjectKind.Organisation))));
        }

        await using var store = await file.OpenAsync(new GeoPackageStoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(200) });
        using var blocker = file.Connect();
        using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<GeoPackageStoreException>(
            () => store.CommitAsync(Approve(T0.AddHours(1), Create(SampleObjects.Create(ObjectKind.Team))), null, Ct));
        var readsStillWork = await store.ListAsync(ObjectKind.Organisation, null, Ct).CountAsync(Ct);

        Assert.Equal(GeoPackageStoreError.Busy, error.Error);
        Assert.Equal(file.FilePath, error.Path);
        Assert.Equal(1, readsStillWork);
    }
}
