using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Storage;
using NetTopologySuite.Geometries;
using Xunit;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Testing.Storage;

public abstract partial class StoreContractTests
{
    [Theory]
    [MemberData(nameof(SampleObjects.AllKinds), MemberType = typeof(SampleObjects))]
    public async Task CommitAsync_CreateOfEachKind_ReadsBackEqualFromAnotherStore(ObjectKind kind)
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var state = SampleObjects.Create(kind);
        var commit = Approve(T0, Create(state));
        await using (var store = await database.OpenAsync(Ct))
        {
            await store.CommitOrFailAsync(commit);
        }

        await using var reopened = await database.OpenAsync(Ct);
        var byId = await reopened.GetAsync(state.Id, null, Ct);
        var byCode = await reopened.FindByCodeAsync(state.Code, null, Ct);
        var listed = await reopened.ListAsync(kind, null, Ct).ToListAsync(Ct);
        var history = await reopened.GetHistoryAsync(state.Id, Ct);

        Assert.NotNull(byId);
        ObjectAssert.Same(state, byId.State);
        Assert.Equal((1, T0, commit.Report.Id), (byId.Version, byId.ValidFrom, byId.ReportId));
        ObjectAssert.Same(state, byCode?.State);
        ObjectAssert.Same(state, Assert.Single(listed).State);
        var version = Assert.Single(history);
        Assert.Equal(
            (state.Id, kind, state.Code, 1, ChangeKind.Created),
            (version.ObjectId, version.Kind, version.Code, version.Version, version.Change));
        Assert.Equal((T0, (DateTimeOffset?)null, "reviewer"), (version.ValidFrom, version.ValidTo, version.ChangedBy));
        Assert.Equal((commit.Report.Id, commit.Report.Code), (version.ReportId, version.ReportCode));
        ObjectAssert.Same(state, version.State);
    }

    [Fact]
    public async Task CommitAsync_EmptyGeometry_ReadsBackEmpty()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var settlement = SampleObjects.Create(ObjectKind.Settlement) with { Geometry = SampleObjects.Geometry("POINT EMPTY") };
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(settlement)));

        var read = await store.GetAsync(settlement.Id, null, Ct);
        var found = await store.QueryEnvelopeAsync(ObjectKind.Settlement, new Envelope(-180, 180, -90, 90), Ct);

        ObjectAssert.Same(settlement, read?.State);
        Assert.True(read!.State.Geometry!.IsEmpty);
        Assert.Empty(found);
    }

    [Fact]
    public async Task CommitAsync_InstantFinerThanAMicrosecond_IsKeptToTheMicrosecond()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);
        var at = T0.AddTicks(12_345_678); // 1.2345678 s: the last tick is below a microsecond
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(at, Create(hazard)));

        var read = await store.GetAsync(hazard.Id, null, Ct);
        var atTheMicrosecond = await store.GetAsync(hazard.Id, T0.AddTicks(12_345_670), Ct);
        var justBefore = await store.GetAsync(hazard.Id, T0.AddTicks(12_345_669), Ct);

        Assert.Equal(T0.AddTicks(12_345_670), read?.ValidFrom);
        Assert.NotNull(atTheMicrosecond);
        Assert.Null(justBefore);
    }

    [Fact]
    public async Task GetAsync_AsOf_ReturnsTheVersionInForceThen()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var v1 = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);
        var v2 = v1 with
        {
            Status = HazardStatus.ClosedReleased,
            Priority = 5,
            Geometry = SampleObjects.Geometry("MULTIPOLYGON (((46.95 40.01, 46.97 40.01, 46.97 40.03, 46.95 40.01)))"),
        };
        var t2 = T0.AddDays(30);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(v1)));
        await store.CommitOrFailAsync(Approve(t2, Update(v2, 1)));

        var before = await store.GetAsync(v1.Id, T0.AddTicks(-1), Ct);
        var atCreation = await store.GetAsync(v1.Id, T0, Ct);
        var justBeforeUpdate = await store.GetAsync(v1.Id, t2.AddTicks(-1), Ct);
        var atUpdate = await store.GetAsync(v1.Id, t2, Ct);
        var now = await store.GetAsync(v1.Id, null, Ct);
        var byCodeThen = await store.FindByCodeAsync(v1.Code, T0.AddDays(1), Ct);
        var listedThen = await store.ListAsync(ObjectKind.HazardousArea, T0.AddDays(1), Ct).ToListAsync(Ct);
        var history = await store.GetHistoryAsync(v1.Id, Ct);

        Assert.Null(before);
        ObjectAssert.Same(v1, atCreation?.State);
        ObjectAssert.Same(v1, justBeforeUpdate?.State);
        Assert.Equal(1, justBeforeUpdate!.Version);
        ObjectAssert.Same(v2, atUpdate?.State);
        ObjectAssert.Same(v2, now?.State);
        Assert.Equal((2, t2), (now!.Version, now.ValidFrom));
        ObjectAssert.Same(v1, byCodeThen?.State);
        ObjectAssert.Same(v1, Assert.Single(listedThen).State);
        Assert.Equal([1, 2], history.Select(h => h.Version));
        Assert.Equal([ChangeKind.Created, ChangeKind.Updated], history.Select(h => h.Change));
        Assert.Equal(t2, history[0].ValidTo);
        Assert.Null(history[1].ValidTo);
        ObjectAssert.Same(v1, history[0].State);
        ObjectAssert.Same(v2, history[1].State);
    }

    [Fact]
    public async Task CommitAsync_Withdrawn_DisappearsFromCurrentReadsButStaysInHistory()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);
        var t1 = T0.AddHours(1);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(hazard)));
        await store.CommitOrFailAsync(Approve(t1, Withdraw(hazard, 1)));

        Assert.Null(await store.GetAsync(hazard.Id, null, Ct));
        Assert.Null(await store.FindByCodeAsync(hazard.Code, null, Ct));
        Assert.Empty(await store.ListAsync(ObjectKind.HazardousArea, null, Ct).ToListAsync(Ct));
        Assert.Empty(await store.QueryEnvelopeAsync(ObjectKind.HazardousArea, hazard.Geometry!.EnvelopeInternal, Ct));
        ObjectAssert.Same(hazard, (await store.GetAsync(hazard.Id, T0, Ct))?.State);
        var history = await store.GetHistoryAsync(hazard.Id, Ct);
        Assert.Equal([(1, ChangeKind.Created), (2, ChangeKind.Withdrawn)], history.Select(h => (h.Version, h.Change)));
        Assert.Null(history[1].State);

        // Approving the report again creates the object anew, as version 3.
        await store.CommitOrFailAsync(Approve(t1.AddHours(1), Create(hazard)));
        var recreated = await store.GetAsync(hazard.Id, null, Ct);
        Assert.Equal(3, recreated?.Version);
        Assert.Single(await store.QueryEnvelopeAsync(ObjectKind.HazardousArea, hazard.Geometry!.EnvelopeInternal, Ct));
    }

    [Fact]
    public async Task CommitAsync_ApprovedReport_RecordsItsEffectsInOrder()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);
        var evidence = SampleObjects.Create(ObjectKind.Evidence);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(hazard)));
        var second = Approve(T0.AddDays(1), Create(evidence), Update(hazard with { IsSynthetic = true }, 1));
        var progress = new List<int>();

        Assert.Null(await store.CommitAsync(second, new SynchronousProgress<int>(progress.Add), Ct));
        var effects = await store.GetReportEffectsAsync(second.Report.Id, Ct);

        Assert.Equal([1, 2], progress);
        Assert.Equal(
            [
                new(evidence.Id, ObjectKind.Evidence, evidence.Code, 0, 1, ChangeKind.Created),
                new(hazard.Id, ObjectKind.HazardousArea, hazard.Code, 1, 2, ChangeKind.Updated),
            ],
            effects);
        Assert.Empty(await store.GetReportEffectsAsync(Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task QueryEnvelopeAsync_KindWithoutGeometry_Throws()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => store.QueryEnvelopeAsync(ObjectKind.Organisation, new Envelope(0, 1, 0, 1), Ct));
    }

    [Fact]
    public async Task QueryEnvelopeAsync_Grid_ReturnsTheHazardsWhoseBoundingBoxesIntersect()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var hazards = new List<HazardousArea>();
        for (var i = 0; i < 6; i++)
        {
            for (var j = 0; j < 6; j++)
            {
                var (x, y) = (46.90 + (i * 0.01), 40.00 + (j * 0.01));
                var wkt = FormattableString.Invariant(
                    $"POLYGON (({x} {y}, {x + 0.006} {y}, {x} {y + 0.006}, {x} {y}))"); // the lower-left half of a 0.006° cell
                hazards.Add(SampleObjects.Hazard((i * 6) + j + 1, wkt));
            }
        }

        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, [.. hazards.Select(Create)]));

        // From inside cell (1, 1), where it cuts the triangle's box but not the triangle, to the gap after cell (3, 3).
        var box = new Envelope(46.90 + 0.014, 46.90 + 0.038, 40.00 + 0.014, 40.00 + 0.038);
        var found = await store.QueryEnvelopeAsync(ObjectKind.HazardousArea, box, Ct);

        Assert.Equal(
            hazards.Where(h => h.Geometry!.EnvelopeInternal.Intersects(box)).Select(h => h.Code).Order(StringComparer.Ordinal),
            found.Select(f => f.State.Code));
        Assert.Equal(9, found.Count);
        Assert.Empty(await store.QueryEnvelopeAsync(ObjectKind.HazardousArea, new Envelope(), Ct));
    }

    [Fact]
    public async Task CommitAsync_GeometryOfTheWrongShape_ThrowsAndStoresNothing()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea) with { Geometry = SampleObjects.Geometry("POINT (46.9 40)") };
        await using var store = await database.OpenAsync(Ct);
        var before = await StoreSnapshot.DescribeAsync(store, Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(Approve(T0, Create(hazard)), null, Ct));
        Assert.Equal(before, await StoreSnapshot.DescribeAsync(store, Ct));
    }
}
