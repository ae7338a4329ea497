using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Xunit;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Testing.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CommitAsync_ThirdOfFiveChangesConflicts_StoresNothing()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var existing = SampleObjects.Hazard(1, "POLYGON ((46.90 40.00, 46.91 40.00, 46.91 40.01, 46.90 40.00))");
        var other = SampleObjects.Hazard(2, "POLYGON ((46.92 40.00, 46.93 40.00, 46.93 40.01, 46.92 40.00))");
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(existing), Create(other)));
        await store.CommitOrFailAsync(Approve(T0.AddHours(1), Update(existing with { Priority = 1 }, 1)));
        var before = await StoreSnapshot.DescribeAsync(store, Ct);
        var report = Report();
        var commit = new Commit(report, 0,
        [
            Create(SampleObjects.Create(ObjectKind.Settlement, 10)),
            Update(other with { Priority = 5 }, 1),
            Update(existing with { Priority = 4 }, 1), // it is at version 2 now
            Create(SampleObjects.Hazard(3, "POLYGON ((46.94 40.00, 46.95 40.00, 46.95 40.01, 46.94 40.00))")),
            Withdraw(other, 2),
        ], "reviewer", T0.AddHours(2));
        var progress = new List<int>();

        var conflict = await store.CommitAsync(commit, new SynchronousProgress<int>(progress.Add), Ct);

        Assert.NotNull(conflict);
        Assert.Equal((existing.Code, 1, 2), (conflict.Code, conflict.ExpectedVersion, conflict.CurrentVersion));
        Assert.Contains($"{existing.Code} is at version 2", conflict.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2], progress);
        Assert.Equal(before, await StoreSnapshot.DescribeAsync(store, Ct));
        Assert.Null(await store.GetReportAsync(report.Code, Ct));
        Assert.Equal(1, (await store.GetAsync(other.Id, null, Ct))?.Version);
    }

    [Fact]
    public async Task CommitAsync_CodeOfAnotherLiveObject_IsAConflict()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var first = SampleObjects.Create(ObjectKind.HazardousArea, 7);
        var second = SampleObjects.Create(ObjectKind.HazardousArea, 7);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(first)));
        var before = await StoreSnapshot.DescribeAsync(store, Ct);

        var conflict = await store.CommitAsync(Approve(T0.AddHours(1), Create(second)), null, Ct);

        Assert.Equal(first.Code, conflict?.Code);
        Assert.Contains("already the code of another hazardousArea", conflict!.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StoreSnapshot.DescribeAsync(store, Ct));
    }

    [Fact]
    public async Task CommitAsync_CreateOfALiveObject_IsAConflict()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(hazard)));

        var conflict = await store.CommitAsync(Approve(T0.AddHours(1), Create(hazard)), null, Ct);

        Assert.Equal((hazard.Code, 0, 1), (conflict?.Code, conflict?.ExpectedVersion, conflict?.CurrentVersion));
    }

    [Fact]
    public async Task CommitAsync_UpdateOfAMissingObject_IsAConflictAndStoresNoReport()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);
        await using var store = await database.OpenAsync(Ct);
        var commit = Approve(T0, Update(hazard, 1));

        var conflict = await store.CommitAsync(commit, null, Ct);

        Assert.Equal((hazard.Code, 1, 0), (conflict?.Code, conflict?.ExpectedVersion, conflict?.CurrentVersion));
        Assert.Null(await store.GetReportAsync(commit.Report.Code, Ct));
        Assert.Empty(await store.ListReportsAsync(null, Ct));
    }

    [Fact]
    public async Task CommitAsync_CancelledAfterTheSecondChange_StoresNothing()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(SampleObjects.Create(ObjectKind.Organisation))));
        var before = await StoreSnapshot.DescribeAsync(store, Ct);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var commit = Approve(T0.AddHours(1),
            Create(SampleObjects.Hazard(1, "POLYGON ((46.90 40.00, 46.91 40.00, 46.91 40.01, 46.90 40.00))")),
            Create(SampleObjects.Hazard(2, "POLYGON ((46.92 40.00, 46.93 40.00, 46.93 40.01, 46.92 40.00))")),
            Create(SampleObjects.Hazard(3, "POLYGON ((46.94 40.00, 46.95 40.00, 46.95 40.01, 46.94 40.00))")));
        var progress = new SynchronousProgress<int>(n =>
        {
            if (n == 2)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.CommitAsync(commit, progress, cancellation.Token));

        Assert.Equal(before, await StoreSnapshot.DescribeAsync(store, Ct));
        Assert.Null(await store.GetReportAsync(commit.Report.Code, Ct));
    }

    [Fact]
    public async Task CommitAsync_EveryCommit_AdvancesTheDataVersionByOne()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var draft = Report(FieldReportStatus.Draft);

        var initial = await store.GetDataVersionAsync(Ct);
        await store.CommitOrFailAsync(new Commit(draft, 0, [], "officer", T0));
        var afterDraft = await store.GetDataVersionAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(SampleObjects.Create(ObjectKind.Team))));
        var afterApproval = await store.GetDataVersionAsync(Ct);
        await store.CommitAsync(Approve(T0, Update(SampleObjects.Create(ObjectKind.Team), 4)), null, Ct);
        var afterConflict = await store.GetDataVersionAsync(Ct);

        Assert.Equal((0L, 1L, 2L, 2L), (initial, afterDraft, afterApproval, afterConflict));
    }

    [Fact]
    public async Task CommitAsync_TimeBeforeTheCurrentVersion_ThrowsAndStoresNothing()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(hazard)));
        var before = await StoreSnapshot.DescribeAsync(store, Ct);

        var earlier = Approve(T0.AddSeconds(-1), Update(hazard with { Priority = 1 }, 1));

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(earlier, null, Ct));

        Assert.Equal(before, await StoreSnapshot.DescribeAsync(store, Ct));
    }
}
