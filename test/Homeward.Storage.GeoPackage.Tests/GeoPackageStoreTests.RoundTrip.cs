using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Storage;
using Homeward.Geo.GeoPackage;
using Homeward.Storage.GeoPackage.Internal;
using Homeward.Testing;
using NetTopologySuite.Geometries;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Storage.GeoPackage.Tests;

public sealed partial class GeoPackageStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(SampleObjects.AllKinds), MemberType = typeof(SampleObjects))]
    public async Task CommitAsync_CreateOfEachKind_WritesItsLayerRow(ObjectKind kind)
    {
        using var file = new TempGeoPackage();
        var state = SampleObjects.Create(kind);
        await using (var store = await file.OpenAsync())
        {
            await store.CommitOrFailAsync(Approve(T0, Create(state)));
        }

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
        var layer = GeoPackageGeometryBlob.Read((byte[])command.ExecuteScalar()!, StoreGeometry.Factory);
        command.CommandText = "SELECT geom FROM object_versions";
        var history = GeoPackageGeometryBlob.Read((byte[])command.ExecuteScalar()!, StoreGeometry.Factory);

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
    public async Task CommitAsync_Withdrawn_LeavesNoLayerRowOrRtreeEntry()
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
}
