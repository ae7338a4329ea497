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
    public async Task CommitAsync_TwoStoresUpdateTheSameVersion_ExactlyOneWinsAndNothingIsLost()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);
        await using (var setup = await database.OpenAsync(Ct))
        {
            await setup.CommitOrFailAsync(Approve(T0, Create(hazard)));
        }

        await using var first = await database.OpenAsync(Ct);
        await using var second = await database.OpenAsync(Ct);
        var readByFirst = await first.GetAsync(hazard.Id, null, Ct);
        var readBySecond = await second.GetAsync(hazard.Id, null, Ct);
        var firstState = (HazardousArea)readByFirst!.State with { Priority = 1 };
        var secondState = (HazardousArea)readBySecond!.State with { Status = HazardStatus.ClosedOther, ClosureReason = "duplicate" };
        var firstCommit = Approve(T0.AddHours(1), Update(firstState, readByFirst.Version));
        var secondCommit = Approve(T0.AddHours(1), Update(secondState, readBySecond.Version));

        // Both run at once on their own stores; the database puts them in some order.
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

        await using var reader = await database.OpenAsync(Ct);
        var history = await reader.GetHistoryAsync(hazard.Id, Ct);
        Assert.Equal([1, 2], history.Select(h => h.Version));
        ObjectAssert.Same(hazard, history[0].State);
        ObjectAssert.Same(winner, history[1].State);
        ObjectAssert.Same(winner, (await reader.GetAsync(hazard.Id, null, Ct))?.State);
        Assert.Null(await reader.GetReportAsync(loserReport.Code, Ct));
        Assert.Equal(2, await reader.GetDataVersionAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_ParallelClientsApproveDifferentReports_AllSucceedAndNothingIsLost()
    {
        const int clients = 6;
        await using var database = await CreateDatabaseAsync(Ct);
        var hazards = Enumerable.Range(1, clients)
            .Select(i => SampleObjects.Hazard(i, FormattableString.Invariant(
                $"POLYGON ((46.9{i} 40.00, 46.9{i}5 40.00, 46.9{i}5 40.01, 46.9{i} 40.00))")))
            .ToList();
        await using (var setup = await database.OpenAsync(Ct))
        {
            await setup.CommitOrFailAsync(Approve(T0, [.. hazards.Select(Create)]));
        }

        // Each client updates its own hazard and creates an object of its own, all at once.
        var stores = new List<IHomewardStore>();
        for (var i = 0; i < clients; i++)
        {
            stores.Add(await database.OpenAsync(Ct));
        }

        using var start = new Barrier(clients);
        var commits = hazards.Select((h, i) => Approve(T0.AddHours(1),
            Update(h with { Priority = i + 1 }, 1),
            Create(SampleObjects.Create(ObjectKind.Evidence, i + 1)))).ToList();
        var results = await Task.WhenAll(stores.Select((store, i) => Task.Run(() =>
        {
            start.SignalAndWait(Ct);
            return store.CommitAsync(commits[i], null, Ct);
        }, Ct)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        Assert.All(results, Assert.Null);
        await using var reader = await database.OpenAsync(Ct);
        for (var i = 0; i < clients; i++)
        {
            var current = await reader.GetAsync(hazards[i].Id, null, Ct);
            Assert.Equal((2, i + 1), (current!.Version, ((HazardousArea)current.State).Priority));
            Assert.Equal(commits[i].Report.Id, current.ReportId);
            Assert.Equal(2, (await reader.GetReportEffectsAsync(commits[i].Report.Id, Ct)).Count);
        }

        Assert.Equal(clients, await reader.ListAsync(ObjectKind.Evidence, null, Ct).CountAsync(Ct));
        Assert.Equal(1 + clients, await reader.GetDataVersionAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_ParallelClientsApproveChangesToTheSameObject_OneSucceedsTheOthersConflict()
    {
        const int clients = 5;
        await using var database = await CreateDatabaseAsync(Ct);
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);
        await using (var setup = await database.OpenAsync(Ct))
        {
            await setup.CommitOrFailAsync(Approve(T0, Create(hazard)));
        }

        var stores = new List<IHomewardStore>();
        for (var i = 0; i < clients; i++)
        {
            stores.Add(await database.OpenAsync(Ct));
        }

        using var start = new Barrier(clients);
        var commits = Enumerable.Range(0, clients).Select(i => Approve(T0.AddHours(1), Update(hazard with { Priority = i + 1 }, 1))).ToList();
        var results = await Task.WhenAll(stores.Select((store, i) => Task.Run(() =>
        {
            start.SignalAndWait(Ct);
            return store.CommitAsync(commits[i], null, Ct);
        }, Ct)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        var winner = Assert.Single(Enumerable.Range(0, clients), i => results[i] is null);
        Assert.All(results.Where(r => r is not null), conflict =>
        {
            Assert.Equal((hazard.Code, 1, 2), (conflict!.Code, conflict.ExpectedVersion, conflict.CurrentVersion));
            Assert.Contains($"{hazard.Code} is at version 2 (changed by {commits[winner].Report.Code})", conflict.Message, StringComparison.Ordinal);
        });
        await using var reader = await database.OpenAsync(Ct);
        var history = await reader.GetHistoryAsync(hazard.Id, Ct);
        Assert.Equal([1, 2], history.Select(h => h.Version));
        Assert.Equal(winner + 1, ((HazardousArea)history[1].State!).Priority);
        Assert.Single(await reader.ListReportsAsync(null, Ct), r => r.Code == commits[winner].Report.Code);
        Assert.Equal(2, (await reader.ListReportsAsync(null, Ct)).Count);
        Assert.Equal(2, await reader.GetDataVersionAsync(Ct));
    }

    [Fact]
    public async Task ReserveCodesAsync_ParallelClients_NeverHandOutTheSameCode()
    {
        const int clients = 4;
        await using var database = await CreateDatabaseAsync(Ct);
        var stores = new List<IHomewardStore>();
        for (var i = 0; i < clients; i++)
        {
            stores.Add(await database.OpenAsync(Ct));
        }

        var reserved = await Task.WhenAll(stores.Select(store => Task.Run(async () =>
        {
            var codes = new List<string>();
            for (var n = 0; n < 10; n++)
            {
                codes.AddRange(await store.ReserveCodesAsync("HA-AGD-", 3, Ct));
            }

            return codes;
        }, Ct)));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        var all = reserved.SelectMany(c => c).ToList();
        Assert.Equal(clients * 30, all.Count);
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("HA-AGD-000120", all.Max(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CommitAsync_TwoStoresChangeTheSameReportVersion_TheSecondGetsAConflict()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var draft = Report(FieldReportStatus.Draft);
        await using (var setup = await database.OpenAsync(Ct))
        {
            await setup.CommitOrFailAsync(new Commit(draft, 0, [], "officer", T0));
        }

        await using var first = await database.OpenAsync(Ct);
        await using var second = await database.OpenAsync(Ct);
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
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var report = Report(FieldReportStatus.Draft);

        var conflict = await store.CommitAsync(new Commit(report, 3, [], "officer", T0), null, Ct);

        Assert.Equal((report.Code, 3, 0), (conflict?.Code, conflict?.ExpectedVersion, conflict?.CurrentVersion));
    }
}
