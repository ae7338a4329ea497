using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Testing;
using Npgsql;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Storage.PostGis.Tests;

/// <summary>What only the PostGIS store has: its schema as SQL and QGIS users see it, migrations, and its errors.</summary>
public sealed partial class PostGisStoreTests(PostgisFixture postgis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MigrateAsync_NewDatabase_CreatesOneGeometryTablePerSpatialKindWithAGistIndex()
    {
        await using var database = await PostGisTestDatabase.CreateAsync(postgis);

        var spatial = ObjectKindInfo.All.Where(k => k.Shape != GeometryShape.None).ToList();
        foreach (var kind in spatial)
        {
            var type = kind.Shape switch { GeometryShape.Point => "POINT", GeometryShape.Polygonal => "MULTIPOLYGON", _ => "GEOMETRY" };
            Assert.Equal(1, await database.ScalarAsync(
                "SELECT count(*) FROM geometry_columns WHERE f_table_schema = 'homeward' " +
                $"AND f_table_name = '{kind.TableName}' AND f_geometry_column = 'geom' AND type = '{type}' AND srid = 4326"));
            Assert.Equal(1, await database.ScalarAsync(
                $"SELECT count(*) FROM pg_indexes WHERE schemaname = 'homeward' AND tablename = '{kind.TableName}' AND indexdef LIKE '%USING gist (geom)%'"));
        }

        Assert.Equal(1, await database.ScalarAsync(
            "SELECT count(*) FROM geometry_columns WHERE f_table_schema = 'homeward' AND f_table_name = 'object_versions' " +
            "AND type = 'GEOMETRY' AND srid = 4326"));
        // Meta, field reports and their items, object versions, report effects, code values and code sequences.
        Assert.Equal(ObjectKindInfo.All.Count + 7, await database.ScalarAsync(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'homeward'"));
        Assert.Equal(PostGisStore.SchemaVersion, await database.ScalarAsync("SELECT value::integer FROM homeward.meta WHERE key = 'schema_version'"));
        Assert.Equal(0, await database.ScalarAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'object_versions'"));
    }

    [Fact]
    public async Task CommitAsync_Hazard_IsATypedMultiPolygonRowThatReferencesItsHistoryVersion()
    {
        await using var database = await PostGisTestDatabase.CreateAsync(postgis);
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(hazard)));

        Assert.Equal(1, await database.ScalarAsync(
            "SELECT count(*) FROM homeward.hazardous_areas WHERE ST_GeometryType(geom) = 'ST_MultiPolygon' AND ST_SRID(geom) = 4326 " +
            $"AND object_id = '{hazard.Id}' AND version = 1 AND priority = 2 AND area_class = 'cha' AND status = 'inProgress' " +
            "AND benchmark_lon = 46.951234567 AND confirmed_device_categories = '[\"ap-mine\", \"at-mine\"]'::jsonb " +
            "AND (beneficiaries->>'women')::integer = 120 AND is_synthetic = false"));
        Assert.Equal(1, await database.ScalarAsync(
            "SELECT count(*) FROM homeward.object_versions WHERE ST_GeometryType(geom) = 'ST_Polygon' AND payload->>'name' = 'North orchard'"));
        await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync("DELETE FROM homeward.object_versions"));

        await store.CommitOrFailAsync(Approve(T0.AddHours(1), Withdraw(hazard, 1)));

        Assert.Equal(0, await database.ScalarAsync("SELECT count(*) FROM homeward.hazardous_areas"));
        Assert.Equal(2, await database.ScalarAsync("SELECT count(*) FROM homeward.object_versions"));
    }

    [Fact]
    public async Task OpenAsync_NoStoreInTheDatabase_ThrowsNotFound()
    {
        await using var database = await PostGisTestDatabase.CreateAsync(postgis, migrate: false);

        var error = await Assert.ThrowsAsync<PostGisStoreException>(() => database.OpenAsync(Ct));

        Assert.Equal(StoreUnavailableReason.NotFound, error.Reason);
        Assert.Contains("homeward migrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAndMigrate_SchemaWrittenByANewerHomeward_ThrowSchemaTooNew()
    {
        await using var database = await PostGisTestDatabase.CreateAsync(postgis);
        await database.ExecuteAsync($"UPDATE homeward.meta SET value = '{PostGisStore.SchemaVersion + 1}' WHERE key = 'schema_version'");

        var onOpen = await Assert.ThrowsAsync<PostGisStoreException>(() => database.OpenAsync(Ct));
        var onMigrate = await Assert.ThrowsAsync<PostGisStoreException>(
            () => PostGisStore.MigrateAsync(database.DataSource, new PostGisStoreOptions(), Ct));

        Assert.Equal((StoreUnavailableReason.SchemaTooNew, PostGisStore.SchemaVersion + 1), (onOpen.Reason, onOpen.DatabaseSchemaVersion));
        Assert.Equal(StoreUnavailableReason.SchemaTooNew, onMigrate.Reason);
        Assert.Contains("newer Homeward", onMigrate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_SchemaVersion1WithItemsInsideReports_MovesThemIntoRowsAndReadsTheSameReport()
    {
        await using var database = await PostGisTestDatabase.CreateAsync(postgis);
        var report = Report(FieldReportStatus.Submitted) with
        {
            Items =
            [
                new FieldReportItem("a", ObjectKind.DeviceFinding, """{"category":"uxo"}""", SampleObjects.Geometry("POINT (46.91 40.01)"), null, null),
                new FieldReportItem("b", ObjectKind.Team, """{"name":"Ağdam 2"}""", null, "TM-000002", 3),
            ],
        };
        StoredReport? before;
        await using (var store = await database.OpenAsync(Ct))
        {
            await store.CommitOrFailAsync(new Commit(report, 0, [], "officer", T0));
            before = await store.GetReportAsync(report.Code, Ct);
        }

        // The layout schema 1 wrote: the items inside the report's JSON document, no item rows.
        await database.ExecuteAsync("""
            UPDATE homeward.field_reports r SET payload = jsonb_set(payload, '{items}',
              (SELECT jsonb_agg(i.payload ORDER BY i.seq) FROM homeward.field_report_items i WHERE i.report_id = r.id));
            DROP TABLE homeward.field_report_items;
            UPDATE homeward.meta SET value = '1' WHERE key = 'schema_version';
            """);
        Assert.Equal(2, await database.ScalarAsync("SELECT jsonb_array_length(payload->'items') FROM homeward.field_reports"));

        var outdated = await Assert.ThrowsAsync<PostGisStoreException>(() => database.OpenAsync(Ct));
        var migrated = await PostGisStore.MigrateAsync(database.DataSource, new PostGisStoreOptions(), Ct);

        Assert.Equal(StoreUnavailableReason.SchemaOutdated, outdated.Reason);
        Assert.Equal((1, PostGisStore.SchemaVersion), migrated);
        await using var reopened = await database.OpenAsync(Ct);
        var after = await reopened.GetReportAsync(report.Code, Ct);
        Assert.Equal(before!.Report with { Items = [] }, after!.Report with { Items = [] });
        Assert.Equal(before.Report.Items.Select(i => i with { Geometry = null }), after.Report.Items.Select(i => i with { Geometry = null }));
        Assert.True(before.Report.Items[0].Geometry!.EqualsExact(after.Report.Items[0].Geometry));
        Assert.Equal(0, await database.ScalarAsync("SELECT jsonb_array_length(payload->'items') FROM homeward.field_reports"));
    }

    [Fact]
    public async Task CommitAsync_MoreChangesThanTheLockTableHolds_IsStoredWhole()
    {
        // The test cluster's lock table holds some thousands of locks (64 per connection, 50 connections): with a lock
        // per object this commit runs out of shared memory (53200), as an approval of 2.25 million objects did.
        const int Objects = 15000;
        await using var database = await PostGisTestDatabase.CreateAsync(postgis);
        await using var store = await database.OpenAsync(Ct);
        var organisation = SampleObjects.Create(ObjectKind.Organisation);
        var changes = Enumerable.Range(1, Objects)
            .Select(i => Create(organisation with { Id = Guid.NewGuid(), Code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"OR-{i:D6}") }))
            .ToArray();

        await store.CommitOrFailAsync(Approve(T0, changes));

        Assert.Equal(Objects, await database.ScalarAsync("SELECT count(*) FROM homeward.organisations"));
        Assert.Equal(Objects, await database.ScalarAsync("SELECT count(*) FROM homeward.report_effects"));
    }

    [Fact]
    public async Task MigrateAsync_LayerColumnMissing_OpenRefusesUntilMigrateAddsAndFillsIt()
    {
        await using var database = await PostGisTestDatabase.CreateAsync(postgis);
        var hazard = (HazardousArea)SampleObjects.Create(ObjectKind.HazardousArea) with { Priority = 4 };
        await using (var store = await database.OpenAsync(Ct))
        {
            await store.CommitOrFailAsync(Approve(T0, Create(hazard)));
        }

        // As if the store had been created before HazardousArea had this property.
        await database.ExecuteAsync("ALTER TABLE homeward.hazardous_areas DROP COLUMN priority");

        var outdated = await Assert.ThrowsAsync<PostGisStoreException>(() => database.OpenAsync(Ct));
        var migrated = await PostGisStore.MigrateAsync(database.DataSource, new PostGisStoreOptions(), Ct);

        Assert.Equal(StoreUnavailableReason.SchemaOutdated, outdated.Reason);
        Assert.Equal((PostGisStore.SchemaVersion, PostGisStore.SchemaVersion), migrated);
        Assert.Equal(4, await database.ScalarAsync("SELECT priority FROM homeward.hazardous_areas"));
        await using var reopened = await database.OpenAsync(Ct);
        ObjectAssert.Same(hazard, (await reopened.GetAsync(hazard.Id, null, Ct))?.State);
    }

    [Fact]
    public async Task MigrateAsync_SchemaHoldingOtherTables_RefusesAndLeavesThemAlone()
    {
        await using var database = await PostGisTestDatabase.CreateAsync(postgis, migrate: false);
        await database.ExecuteAsync("CREATE SCHEMA parcels; CREATE TABLE parcels.parcels (id integer PRIMARY KEY)");

        var error = await Assert.ThrowsAsync<PostGisStoreException>(
            () => PostGisStore.MigrateAsync(database.DataSource, new PostGisStoreOptions { Schema = "parcels" }, Ct));

        Assert.Equal(StoreUnavailableReason.NotAHomewardStore, error.Reason);
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'parcels'"));
    }

    [Fact]
    public async Task Stores_InTwoSchemasOfOneDatabase_AreIndependent()
    {
        await using var database = await PostGisTestDatabase.CreateAsync(postgis);
        var other = new PostGisStoreOptions { Schema = "homeward_training" };
        await PostGisStore.MigrateAsync(database.DataSource, other, Ct);
        await using var main = await database.OpenAsync(Ct);
        await using var training = await PostGisStore.OpenAsync(database.DataSource, other, Ct);

        await training.CommitOrFailAsync(Approve(T0, Create(SampleObjects.Create(ObjectKind.Organisation))));

        Assert.Equal((0L, 1L), (await main.GetDataVersionAsync(Ct), await training.GetDataVersionAsync(Ct)));
    }

    [Fact]
    public async Task CommitAsync_ReadOnlyStandby_ThrowsReadOnlyAndReadsStillWork()
    {
        await using var database = await PostGisTestDatabase.CreateAsync(postgis);
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await database.ExecuteAsync($"ALTER DATABASE \"{builder.Database}\" SET default_transaction_read_only = on");
        await using var readOnly = PostGisConnection.CreateDataSource(database.ConnectionString + ";Application Name=standby");
        await using var store = await PostGisStore.OpenAsync(readOnly, new PostGisStoreOptions(), Ct);

        var error = await Assert.ThrowsAsync<PostGisStoreException>(
            () => store.CommitAsync(Approve(T0, Create(SampleObjects.Create(ObjectKind.Team))), null, Ct));

        Assert.Equal(StoreUnavailableReason.ReadOnly, error.Reason);
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.GetDataVersionAsync(Ct));
    }

    [Fact]
    public async Task OpenAsync_ServerNotRunning_ThrowsUnreachableWithoutThePassword()
    {
        using var folder = new TemporaryFolder();
        await using var dataSource = PostGisConnection.CreateDataSource(
            $"Host={folder.Path};Port=5;Username=homeward;Password=secret-word;Database=homeward;Timeout=3");

        var error = await Assert.ThrowsAsync<PostGisStoreException>(() => PostGisStore.OpenAsync(dataSource, new PostGisStoreOptions(), Ct));

        Assert.Equal(StoreUnavailableReason.Unreachable, error.Reason);
        Assert.DoesNotContain("secret-word", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-word", error.Database, StringComparison.Ordinal);
    }
}
