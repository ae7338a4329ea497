using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Storage;
using Homeward.Storage.GeoPackage.Internal;
using NetTopologySuite.Geometries;
using static Homeward.Storage.GeoPackage.Tests.TestCommits;

namespace Homeward.Storage.GeoPackage.Tests;

public sealed partial class GeoPackageStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(SampleObjects.AllKinds), MemberType = typeof(SampleObjects))]
    public async Task CommitAsync_CreateOfEachKind_ReadsBackEqualAfterReopening(ObjectKind kind)
    {
        using var file = new TempGeoPackage();
        var state = SampleObjects.Create(kind);
        var commit = Approve(T0, Create(state));
        await using (var store = await file.OpenAsync())
        {
            await store.CommitOrFailAsync(commit);
        }

        await using var reopened = await file.OpenAsync();
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
        Assert.Equal(1, file.Scalar(
            $"SELECT count(*) FROM {ObjectKindInfo.Of(kind).TableName} " +
            $"WHERE object_id = '{state.Id:D}' AND code = '{state.Code}' AND version = 1"));
    }

    [Fact]
    public async Task CommitAsync_Polygon_IsAMultiPolygonInTheLayerAndAPolygonInTheHistory()
    {
        using var file = new TempGeoPackage();
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);
        await using (var store = await file.OpenAsync())
        {
            await store.CommitOrFailAsync(Approve(T0, Create(hazard)));
        }

        using var connection = file.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT geom FROM hazardous_areas";
        var layer = GeoPackageBlob.Read((byte[])command.ExecuteScalar()!);
        command.CommandText = "SELECT geom FROM object_versions";
        var history = GeoPackageBlob.Read((byte[])command.ExecuteScalar()!);

        var multi = Assert.IsType<MultiPolygon>(layer);
        Assert.True(hazard.Geometry!.EqualsExact(multi.GetGeometryN(0)));
        Assert.IsType<Polygon>(history);
        Assert.True(hazard.Geometry.EqualsExact(history));
    }

    [Fact]
    public async Task CommitAsync_EmptyGeometry_IsNullInTheLayerAndEmptyInTheHistory()
    {
        using var file = new TempGeoPackage();
        var settlement = SampleObjects.Create(ObjectKind.Settlement) with { Geometry = SampleObjects.Geometry("POINT EMPTY") };
        await using var store = await file.OpenAsync();
        await store.CommitOrFailAsync(Approve(T0, Create(settlement)));

        var read = await store.GetAsync(settlement.Id, null, Ct);

        ObjectAssert.Same(settlement, read?.State);
        Assert.True(read!.State.Geometry!.IsEmpty);
        Assert.Equal(1, file.Scalar("SELECT count(*) FROM settlements WHERE geom IS NULL"));
        Assert.Equal(0, file.Scalar("SELECT count(*) FROM rtree_settlements_geom"));
    }

    [Fact]
    public async Task CommitAsync_NestedValues_AreFlattenedOrJsonInTheLayer()
    {
        using var file = new TempGeoPackage();
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);
        var settlement = SampleObjects.Create(ObjectKind.Settlement);
        await using (var store = await file.OpenAsync())
        {
            await store.CommitOrFailAsync(Approve(T0, Create(hazard), Create(settlement)));
        }

        using var connection = file.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT name, area_class, status, benchmark_lon, benchmark_lat, confirmed_device_categories, beneficiaries, priority,
                   area_square_metres, is_synthetic, administrative_area_id, typeof(priority), typeof(area_square_metres)
            FROM hazardous_areas
            """;
        using (var reader = command.ExecuteReader())
        {
            Assert.True(reader.Read());
            Assert.Equal("North orchard", reader.GetString(0));
            Assert.Equal("cha", reader.GetString(1));
            Assert.Equal("inProgress", reader.GetString(2));
            Assert.Equal(hazard.Benchmark!.Value.Longitude, reader.GetDouble(3));
            Assert.Equal(hazard.Benchmark.Value.Latitude, reader.GetDouble(4));
            Assert.Equal("""["ap-mine","at-mine"]""", reader.GetString(5));
            Assert.Equal("""{"women":120,"men":110,"girls":60,"boys":55}""", reader.GetString(6));
            Assert.Equal(2, reader.GetInt64(7));
            Assert.Equal(123456.78, reader.GetDouble(8));
            Assert.Equal(0, reader.GetInt64(9));
            Assert.Equal(hazard.AdministrativeAreaId!.Value.ToString("D"), reader.GetString(10));
            Assert.Equal(("integer", "real"), (reader.GetString(11), reader.GetString(12)));
        }

        command.CommandText = "SELECT name_en, name_az, name_ru, geo_names_id FROM settlements";
        using (var reader = command.ExecuteReader())
        {
            Assert.True(reader.Read());
            Assert.Equal(
                ("Quzanli", "Quzanlı", "Гузанлы", 148145L),
                (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }
    }

    [Fact]
    public async Task CommitAsync_Features_GrowTheLayerExtentInGpkgContents()
    {
        using var file = new TempGeoPackage();
        var west = SampleObjects.Hazard(1, "POLYGON ((46.90 40.00, 46.91 40.00, 46.91 40.01, 46.90 40.00))");
        var east = SampleObjects.Hazard(2, "MULTIPOLYGON (((47.20 40.10, 47.25 40.10, 47.25 40.15, 47.20 40.10)))");
        await using var store = await file.OpenAsync();
        await store.CommitOrFailAsync(Approve(T0, Create(west)));
        await store.CommitOrFailAsync(Approve(T0.AddHours(1), Create(east), Create(SampleObjects.Create(ObjectKind.Organisation))));

        using var connection = file.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min_x, min_y, max_x, max_y, last_change FROM gpkg_contents WHERE table_name = 'hazardous_areas'";
        using var reader = command.ExecuteReader();

        Assert.True(reader.Read());
        Assert.Equal((46.90, 40.00, 47.25, 40.15), (reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3)));
        Assert.Equal("2024-05-01T09:30:00.000Z", reader.GetString(4));
    }

    [Fact]
    public async Task GetAsync_AsOf_ReturnsTheVersionInForceThen()
    {
        using var file = new TempGeoPackage();
        var v1 = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);
        var v2 = v1 with
        {
            Status = HazardStatus.ClosedReleased,
            Priority = 5,
            Geometry = SampleObjects.Geometry("MULTIPOLYGON (((46.95 40.01, 46.97 40.01, 46.97 40.03, 46.95 40.01)))"),
        };
        var t2 = T0.AddDays(30);
        await using var store = await file.OpenAsync();
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
        using var file = new TempGeoPackage();
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);
        var t1 = T0.AddHours(1);
        await using var store = await file.OpenAsync();
        await store.CommitOrFailAsync(Approve(T0, Create(hazard)));
        await store.CommitOrFailAsync(Approve(t1, Withdraw(hazard, 1)));

        Assert.Null(await store.GetAsync(hazard.Id, null, Ct));
        Assert.Null(await store.FindByCodeAsync(hazard.Code, null, Ct));
        Assert.Empty(await store.ListAsync(ObjectKind.HazardousArea, null, Ct).ToListAsync(Ct));
        Assert.Empty(await store.QueryEnvelopeAsync(ObjectKind.HazardousArea, hazard.Geometry!.EnvelopeInternal, Ct));
        Assert.Equal(0, file.Scalar("SELECT count(*) FROM hazardous_areas"));
        Assert.Equal(0, file.Scalar("SELECT count(*) FROM rtree_hazardous_areas_geom"));
        ObjectAssert.Same(hazard, (await store.GetAsync(hazard.Id, T0, Ct))?.State);
        var history = await store.GetHistoryAsync(hazard.Id, Ct);
        Assert.Equal([(1, ChangeKind.Created), (2, ChangeKind.Withdrawn)], history.Select(h => (h.Version, h.Change)));
        Assert.Null(history[1].State);

        // Approving the report again creates the object anew, as version 3.
        await store.CommitOrFailAsync(Approve(t1.AddHours(1), Create(hazard)));
        var recreated = await store.GetAsync(hazard.Id, null, Ct);
        Assert.Equal(3, recreated?.Version);
        Assert.Equal(1, file.Scalar("SELECT count(*) FROM rtree_hazardous_areas_geom"));
    }

    [Fact]
    public async Task CommitAsync_ApprovedReport_RecordsItsEffectsInOrder()
    {
        using var file = new TempGeoPackage();
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea);
        var evidence = SampleObjects.Create(ObjectKind.Evidence);
        await using var store = await file.OpenAsync();
        await store.CommitOrFailAsync(Approve(T0, Create(hazard)));
        var second = Approve(T0.AddDays(1), Create(evidence), Update(hazard with { IsSynthetic = true }, 1));
        var progress = new List<int>();

        Assert.Null(await store.CommitAsync(second, new SynchronousProgress(progress.Add), Ct));
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
        using var file = new TempGeoPackage();
        await using var store = await file.OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.QueryEnvelopeAsync(ObjectKind.Organisation, new Envelope(0, 1, 0, 1), Ct));
    }

    [Fact]
    public async Task CommitAsync_GeometryOfTheWrongShape_ThrowsAndStoresNothing()
    {
        using var file = new TempGeoPackage();
        var hazard = SampleObjects.Create(ObjectKind.HazardousArea) with { Geometry = SampleObjects.Geometry("POINT (46.9 40)") };
        await using var store = await file.OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(Approve(T0, Create(hazard)), null, Ct));
        Assert.Equal(0, file.Scalar("SELECT count(*) FROM field_reports"));
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so that the test sees every value at once.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
