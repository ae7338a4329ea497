using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Storage.GeoPackage.Tests;

public sealed partial class GeoPackageStoreTests
{
    [Fact]
    public async Task OpenAsync_FileOfSchema1WithItemsInsideReports_MovesThemIntoRowsAndReadsTheSameReport()
    {
        using var file = new TempGeoPackage();
        var report = Report(FieldReportStatus.Submitted) with
        {
            Items =
            [
                new FieldReportItem("a", ObjectKind.DeviceFinding, """{"category":"uxo"}""", Testing.SampleObjects.Geometry("POINT (46.91 40.01)"), null, null),
                new FieldReportItem("b", ObjectKind.Team, """{"name":"Ağdam 2"}""", null, "TM-000002", 3),
            ],
        };
        StoredReport? before;
        await using (var store = await file.OpenAsync())
        {
            await store.CommitOrFailAsync(new Commit(report, 0, [], "officer", T0));
            before = await store.GetReportAsync(report.Code, Ct);
        }

        // The layout schema 1 wrote: the items inside the report's JSON document, no item rows.
        file.Execute("""
            UPDATE field_reports SET payload = json_set(payload, '$.items',
              (SELECT json_group_array(json(payload)) FROM (SELECT payload FROM field_report_items i WHERE i.report_id = field_reports.id ORDER BY seq)));
            DROP TABLE field_report_items;
            UPDATE homeward_meta SET value = '1' WHERE key = 'schema_version';
            """);
        Assert.Equal(2, file.Scalar("SELECT json_array_length(payload, '$.items') FROM field_reports"));

        await using (var store = await file.OpenAsync())
        {
            var after = await store.GetReportAsync(report.Code, Ct);
            Assert.Equal(before!.Report with { Items = [] }, after!.Report with { Items = [] });
            Assert.Equal(before.Report.Items.Select(i => i with { Geometry = null }), after.Report.Items.Select(i => i with { Geometry = null }));
            Assert.True(before.Report.Items[0].Geometry!.EqualsExact(after.Report.Items[0].Geometry));
        }

        Assert.Equal(GeoPackageStore.SchemaVersion, file.Scalar("SELECT CAST(value AS INTEGER) FROM homeward_meta WHERE key = 'schema_version'"));
        Assert.Equal(0, file.Scalar("SELECT json_array_length(payload, '$.items') FROM field_reports"));
        Assert.Equal(2, file.Scalar("SELECT count(*) FROM field_report_items"));
    }

    [Fact]
    public async Task OpenAsync_FileOfSchema2WithoutTheRecoveryCodes_AddsThemAndKeepsACountrysLabels()
    {
        using var file = new TempGeoPackage();
        await using (await file.OpenAsync())
        {
        }

        // A store created before the recovery code tables existed, whose programme relabelled a standard value.
        file.Execute("""
            DELETE FROM code_values WHERE table_name = 'asset_unit';
            UPDATE code_values SET label_en = 'IED area (programme wording)' WHERE table_name = 'hazard_type' AND code = 'ied';
            UPDATE homeward_meta SET value = '2' WHERE key = 'schema_version';
            """);

        await using (var store = await file.OpenAsync())
        {
            var codes = await store.GetCodeTablesAsync(Ct);
            Assert.True(codes.Contains("asset_unit", "m2"));
            Assert.Equal("IED area (programme wording)", codes.LabelOf("hazard_type", "ied")!.En);
        }

        Assert.Equal(GeoPackageStore.SchemaVersion, file.Scalar("SELECT CAST(value AS INTEGER) FROM homeward_meta WHERE key = 'schema_version'"));
    }
}
