using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Testing;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Storage.GeoPackage.Tests;

public sealed partial class GeoPackageStoreTests
{
    [Fact]
    public async Task OpenAsync_NewFile_IsAGeoPackage13WithOneRegisteredTablePerKind()
    {
        using var file = new TempGeoPackage();
        await using (await file.OpenAsync())
        {
        }

        var spatial = ObjectKindInfo.All.Where(k => k.Shape != GeometryShape.None).ToList();
        Assert.Equal(0x47504B47, file.Scalar("PRAGMA application_id"));
        Assert.Equal(10300, file.Scalar("PRAGMA user_version"));
        Assert.Equal(3, file.Scalar("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326)"));
        Assert.Equal(spatial.Count, file.Scalar("SELECT count(*) FROM gpkg_contents WHERE data_type = 'features' AND srs_id = 4326"));
        Assert.Equal(
            ObjectKindInfo.All.Count - spatial.Count + 1, // the kinds without geometry, and object_versions
            file.Scalar("SELECT count(*) FROM gpkg_contents WHERE data_type = 'attributes'"));
        Assert.Equal(
            spatial.Count,
            file.Scalar("SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' AND scope = 'write-only'"));
        Assert.Equal(spatial.Count * 6, file.Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_%'"));
        foreach (var kind in spatial)
        {
            var type = kind.Shape switch { GeometryShape.Point => "POINT", GeometryShape.Polygonal => "MULTIPOLYGON", _ => "GEOMETRY" };
            Assert.Equal(1, file.Scalar(
                $"SELECT count(*) FROM gpkg_geometry_columns WHERE table_name = '{kind.TableName}' AND column_name = 'geom' " +
                $"AND geometry_type_name = '{type}' AND srs_id = 4326 AND z = 0 AND m = 0"));
        }

        Assert.Equal("wal", ScalarText(file, "PRAGMA journal_mode"));
        Assert.Equal(
            GeoPackageStore.SchemaVersion,
            file.Scalar("SELECT CAST(value AS INTEGER) FROM homeward_meta WHERE key = 'schema_version'"));
    }

    [Fact]
    public async Task OpenAsync_MissingFileWithoutCreate_ThrowsFileNotFound()
    {
        using var file = new TempGeoPackage();

        var error = await Assert.ThrowsAsync<GeoPackageStoreException>(() => file.OpenAsync(new GeoPackageStoreOptions()));

        Assert.Equal(GeoPackageStoreError.FileNotFound, error.Error);
        Assert.False(File.Exists(file.FilePath));
    }

    [Fact]
    public async Task OpenAsync_SchemaNewerThanTheCode_ThrowsSchemaTooNew()
    {
        using var file = new TempGeoPackage();
        await using (await file.OpenAsync())
        {
        }

        file.Execute($"UPDATE homeward_meta SET value = '{GeoPackageStore.SchemaVersion + 1}' WHERE key = 'schema_version'");

        var error = await Assert.ThrowsAsync<GeoPackageStoreException>(() => file.OpenAsync());
        Assert.Equal((GeoPackageStoreError.SchemaTooNew, GeoPackageStore.SchemaVersion + 1), (error.Error, error.FileSchemaVersion));
        Assert.Contains("newer Homeward", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ForeignSqliteFile_ThrowsNotAHomewardFileAndLeavesItAlone()
    {
        using var file = new TempGeoPackage();
        file.Execute("CREATE TABLE parcels (id INTEGER PRIMARY KEY, owner TEXT)");

        var error = await Assert.ThrowsAsync<GeoPackageStoreException>(() => file.OpenAsync());

        Assert.Equal(GeoPackageStoreError.NotAHomewardFile, error.Error);
        Assert.Equal(1, file.Scalar("SELECT count(*) FROM sqlite_master"));
    }

    [Fact]
    public async Task OpenAsync_TextFile_ThrowsNotAHomewardFile()
    {
        using var file = new TempGeoPackage();
        await File.WriteAllTextAsync(file.FilePath, new string('x', 4096), Ct);

        var error = await Assert.ThrowsAsync<GeoPackageStoreException>(() => file.OpenAsync());

        Assert.Equal(GeoPackageStoreError.NotAHomewardFile, error.Error);
    }

    [Fact]
    public async Task OpenAsync_LayerColumnMissing_AddsItAndFillsItFromTheHistory()
    {
        using var file = new TempGeoPackage();
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea) with { Priority = 4 };
        await using (var store = await file.OpenAsync())
        {
            await store.CommitOrFailAsync(Approve(T0, Create(hazard)));
        }

        // As if the file had been written before HazardousArea had these properties.
        file.Execute("ALTER TABLE hazardous_areas DROP COLUMN priority; ALTER TABLE hazardous_areas DROP COLUMN benchmark_lat");

        await using (var reopened = await file.OpenAsync())
        {
            ObjectAssert.Same(hazard, (await reopened.GetAsync(hazard.Id, null, Ct))?.State);
        }

        Assert.Equal(4, file.Scalar("SELECT priority FROM hazardous_areas"));
        Assert.Equal(1, file.Scalar(
            FormattableString.Invariant($"SELECT benchmark_lat = {hazard.Benchmark!.Value.Latitude:R} FROM hazardous_areas")));
        Assert.Equal(1, file.Scalar("SELECT count(*) FROM rtree_hazardous_areas_geom"));
    }

    [Fact]
    public async Task OpenAsync_LayerTableMissing_CreatesAndFillsIt()
    {
        using var file = new TempGeoPackage();
        var settlement = SampleObjects.Create(ObjectKind.Settlement);
        await using (var store = await file.OpenAsync())
        {
            await store.CommitOrFailAsync(Approve(T0, Create(settlement)));
        }

        // As if the kind had been added to the domain after the file was written.
        file.Execute("""
            DROP TABLE settlements; DROP TABLE rtree_settlements_geom;
            DELETE FROM gpkg_extensions WHERE table_name = 'settlements';
            DELETE FROM gpkg_geometry_columns WHERE table_name = 'settlements';
            DELETE FROM gpkg_contents WHERE table_name = 'settlements';
            """);

        await using (await file.OpenAsync())
        {
        }

        Assert.Equal(1, file.Scalar($"SELECT count(*) FROM settlements WHERE code = '{settlement.Code}'"));
        Assert.Equal(1, file.Scalar("SELECT count(*) FROM rtree_settlements_geom"));
        Assert.Equal(1, file.Scalar("SELECT count(*) FROM gpkg_geometry_columns WHERE table_name = 'settlements'"));
    }

    [Fact]
    public async Task DisposeAsync_ClosesTheFile_SoItCanBeMovedAndReopened()
    {
        using var file = new TempGeoPackage();
        var team = SampleObjects.Create(ObjectKind.Team);
        var store = await file.OpenAsync();
        await store.CommitOrFailAsync(Approve(T0, Create(team)));

        await store.DisposeAsync();
        var copy = file.FilePath + ".copy.gpkg";
        File.Move(file.FilePath, copy);
        File.Move(copy, file.FilePath);

        Assert.False(File.Exists(file.FilePath + "-wal"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetAsync(team.Id, null, Ct));
        await using var reopened = await file.OpenAsync(new GeoPackageStoreOptions());
        ObjectAssert.Same(team, (await reopened.GetAsync(team.Id, null, Ct))?.State);
    }

    private static string ScalarText(TempGeoPackage file, string sql)
    {
        using var connection = file.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }
}
