using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using static Homeward.Storage.GeoPackage.Tests.TestCommits;

namespace Homeward.Storage.GeoPackage.Tests;

public sealed partial class GeoPackageStoreTests
{
    [Fact]
    public async Task CommitAsync_TwoStoresUpdateTheSameVersion_ExactlyOneWinsAndNothingIsLost()
    {
        using var file = new TempGeoPackage();
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);
        await using (var setup = await file.OpenAsync())
        {
            await setup.CommitOrFailAsync(Approve(T0, Create(hazard)));
        }

        await using var first = await file.OpenAsync();
        await using var second = await file.OpenAsync();
        var readByFirst = await first.GetAsync(hazard.Id, null, Ct);
        var readBySecond = await second.GetAsync(hazard.Id, null, Ct);
        var firstState = (HazardousArea)readByFirst!.State with { Priority = 1 };
        var secondState = (HazardousArea)readBySecond!.State with { Status = HazardStatus.ClosedOther, ClosureReason = "duplicate" };
        var firstCommit = Approve(T0.AddHours(1), Update(firstState, readByFirst.Version));
        var secondCommit = Approve(T0.AddHours(1), Update(secondState, readBySecond.Version));

        // Both run at once on their own connections; the file's write lock puts them in some order.
        using var start = new Barrier(2);
        var results = await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(Ct); return first.CommitAsync(firstCommit, null, Ct); }, Ct),
            Task.Run(() => { start.SignalAndWait(Ct); return second.CommitAsync(secondCommit, null, Ct); }, Ct));

        var conflict = Assert.Single(results, r => r is not null)!;
        var firstWon = results[0] is null;
        var (winner, winningCommit, loserReport) = firstWon
            ? ((DomainObject)firstState, firstCommit, secondCommit.Report)
            : (secondState, secondCommit, firstCommit.Report);
        Assert.Equal((hazard.Code, 1, 2), (conflict.Code, conflict.ExpectedVersion, conflict.CurrentVersion));
        Assert.Contains(hazard.Code, conflict.Message, StringComparison.Ordinal);
        Assert.Contains("version 2", conflict.Message, StringComparison.Ordinal);
        Assert.Contains(winningCommit.Report.Code, conflict.Message, StringComparison.Ordinal);

        await using var reader = await file.OpenAsync();
        var history = await reader.GetHistoryAsync(hazard.Id, Ct);
        Assert.Equal([1, 2], history.Select(h => h.Version));
        ObjectAssert.Same(hazard, history[0].State);
        ObjectAssert.Same(winner, history[1].State);
        ObjectAssert.Same(winner, (await reader.GetAsync(hazard.Id, null, Ct))?.State);
        Assert.Null(await reader.GetReportAsync(loserReport.Code, Ct));
        Assert.Equal(2, await reader.GetDataVersionAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_TwoStoresChangeTheSameReportVersion_TheSecondGetsAConflict()
    {
        using var file = new TempGeoPackage();
        var draft = Report(FieldReportStatus.Draft);
        await using (var setup = await file.OpenAsync())
        {
            await setup.CommitOrFailAsync(new Commit(draft, 0, [], "officer", T0));
        }

        await using var first = await file.OpenAsync();
        await using var second = await file.OpenAsync();
        var readByFirst = await first.GetReportAsync(draft.Code, Ct);
        var readBySecond = await second.GetReportAsync(draft.Code, Ct);
        var submitted = readByFirst!.Report with
        {
            Status = FieldReportStatus.Submitted,
            SubmittedBy = "officer",
            SubmittedAt = T0.AddHours(1),
        };
        var retitled = readBySecond!.Report with { Title = "Another title" };

        var firstResult = await first.CommitAsync(new Commit(submitted, readByFirst.Version, [], "officer", T0.AddHours(1)), null, Ct);
        var secondResult = await second.CommitAsync(new Commit(retitled, readBySecond.Version, [], "officer", T0.AddHours(2)), null, Ct);
        var sameCode = Report() with { Code = draft.Code };
        var recreate = await second.CommitAsync(new Commit(sameCode, 0, [], "officer", T0.AddHours(3)), null, Ct);

        Assert.Null(firstResult);
        Assert.NotNull(secondResult);
        Assert.Equal((draft.Code, 1, 2), (secondResult.Code, secondResult.ExpectedVersion, secondResult.CurrentVersion));
        Assert.Contains(draft.Code, secondResult.Message, StringComparison.Ordinal);
        Assert.NotNull(recreate);
        var stored = await second.GetReportAsync(draft.Code, Ct);
        Assert.Equal((2, FieldReportStatus.Submitted, draft.Title), (stored!.Version, stored.Report.Status, stored.Report.Title));
    }

    [Fact]
    public async Task CommitAsync_NewReportWithExpectedVersion_GetsAConflict()
    {
        using var file = new TempGeoPackage();
        await using var store = await file.OpenAsync();
        var report = Report(FieldReportStatus.Draft);

        var conflict = await store.CommitAsync(new Commit(report, 3, [], "officer", T0), null, Ct);

        Assert.Equal((report.Code, 3, 0), (conflict?.Code, conflict?.ExpectedVersion, conflict?.CurrentVersion));
    }

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
