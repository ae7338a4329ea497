using System.Text.Json;
using System.Text.Json.Nodes;
using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Import;

/// <summary>
/// <c>import --as assets</c> and <c>--as projects</c>: one GeoJSON and one CSV made from GeoJSON by ogr2ogr, each approved,
/// the objects read back with <c>show</c> and their layers exported and opened by ogrinfo.
/// </summary>
public sealed partial class ImportCommandTests
{
    [Fact]
    public async Task Import_AssetsFromGeoJsonAndOgrCsv_ApproveIntoAssetsOfEachShapeThatExportAndGdalReads()
    {
        var (organisation, settlement) = await SeedAsync();
        var geoJson = await _cli.WriteFileAsync("assets.geojson", Collection(
            Asset(settlement, "Quzanlı–Ağdam yolu", "transport", "road", "km", "12.4", organisation,
                """{"type": "LineString", "coordinates": [[47.0478, 40.0731], [46.99, 40.03], [46.9269, 39.9911]]}"""),
            Asset(settlement, "Quzanlı 2 saylı məktəb", "education", "school", "m2", "2400", null,
                """{"type": "Point", "coordinates": [47.0481, 40.0735]}""")));
        var csv = await OgrCsvAsync("orchards", Collection(
            Asset(settlement, "Quzanlı bağı", "agriculture", "orchard", "m2", "56000", null,
                """{"type": "Polygon", "coordinates": [[[47.05, 40.07], [47.053, 40.07], [47.053, 40.072], [47.05, 40.07]]]}""")));
        var bad = await _cli.WriteFileAsync("bad.geojson", Collection(
            Asset("ST-999999", "Nowhere", "housing", "house", "kmm", "1", null, """{"type": "Point", "coordinates": [47.0, 40.0]}""")));

        var fromGeoJson = await ImportAndApproveAsync(geoJson, "assets");
        var fromCsv = await ImportAndApproveAsync(csv, "assets");
        var refused = await _cli.RunAsync("import", bad, "--as", "assets");

        Assert.Equal(2, fromGeoJson.Count);
        var road = await _cli.JsonAsync("show", fromGeoJson[0]);
        Assert.StartsWith("AS-QZN-", fromGeoJson[0], StringComparison.Ordinal);
        Assert.Equal("Quzanlı–Ağdam yolu", road.GetProperty("object").GetProperty("name").GetProperty("en").GetString());
        Assert.Equal(("transport", "road", "km", 12.4), (Text(road, "sector"), Text(road, "assetType"), Text(road, "unit"),
            road.GetProperty("object").GetProperty("baselineQuantity").GetDouble()));
        Assert.Equal(organisation.Id, road.GetProperty("object").GetProperty("ownerOrganisationId").GetGuid());
        Assert.Equal(settlement.Id, road.GetProperty("object").GetProperty("settlementId").GetGuid());
        var orchard = await _cli.JsonAsync("show", Assert.Single(fromCsv));
        Assert.Equal(("orchard", 56000.0), (Text(orchard, "assetType"), orchard.GetProperty("object").GetProperty("baselineQuantity").GetDouble()));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("field 'settlement', value 'ST-999999': no object in the database has this code", refused.Error, StringComparison.Ordinal);
        Assert.Contains("field 'unit', value 'kmm': not a code of the asset_unit table; did you mean 'km'", refused.Error, StringComparison.Ordinal);

        var gpkg = await ExportInfoAsync("assets", "gpkg");
        Assert.Contains("Geometry: Unknown (any)", gpkg, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 3", gpkg, StringComparison.Ordinal);
        Assert.Contains("LINESTRING (47.0478 40.0731,46.99 40.03,46.9269 39.9911)", gpkg, StringComparison.Ordinal);
        Assert.Contains("POLYGON ((47.05 40.07,47.053 40.07,47.053 40.072,47.05 40.07))", gpkg, StringComparison.Ordinal);
        Assert.Contains("baseline_quantity (Real) = 12.4", gpkg, StringComparison.Ordinal);
        Assert.Contains("name_en (String) = Quzanlı bağı", gpkg, StringComparison.Ordinal);
        Assert.Contains("POINT (47.0481 40.0735)", await ExportInfoAsync("assets", "csv"), StringComparison.Ordinal);
        // A shapefile holds one geometry type: the layer's line, point and polygon go to three shapefiles.
        await ExportInfoAsync("assets", "shp");
        var shapefiles = Directory.GetFiles(_cli.Folder, "assets*.shp").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["assets.shp", "assets_point.shp", "assets_polygon.shp"], shapefiles);
    }

    [Fact]
    public async Task Import_ProjectsFromGeoJsonAndOgrCsv_KeepBudgetPlannedDatesAndReferences()
    {
        var (organisation, settlement) = await SeedAsync();
        var geoJson = await _cli.WriteFileAsync("projects.geojson", Collection(
            Project(organisation, settlement, "Quzanlı–Ağdam road rebuilding", "21020", "2", "1250000.75", "2025-03-01", "2027-12-31",
                """{"type": "LineString", "coordinates": [[47.0478, 40.0731], [46.9269, 39.9911]]}""")));
        var csv = await OgrCsvAsync("schools", Collection(
            Project(organisation, settlement, "Quzanlı school", "11120", "1", "800000", "2026-09-01", "2028-06-30",
                """{"type": "Point", "coordinates": [47.0481, 40.0735]}""")));
        var bad = await _cli.WriteFileAsync("bad.geojson", Collection(
            Project(organisation, settlement, "Wrong sector", "21021", "9", "100", "2026-01-01", "2026-02-01",
                """{"type": "Point", "coordinates": [47.0, 40.0]}""")));

        var road = await _cli.JsonAsync("show", Assert.Single(await ImportAndApproveAsync(geoJson, "projects")));
        var school = await _cli.JsonAsync("show", Assert.Single(await ImportAndApproveAsync(csv, "projects")));
        var refused = await _cli.RunAsync("import", bad, "--as", "projects");

        var project = road.GetProperty("object");
        Assert.StartsWith("RP-QZN-", Text(road, "code"), StringComparison.Ordinal);
        Assert.Equal(("21020", "2", "AZN"), (Text(road, "sector"), Text(road, "status"), Text(road, "budgetCurrency")));
        Assert.Equal(1_250_000.75m, project.GetProperty("budgetAmount").GetDecimal());
        // A planned end after today is a plan, not a mistyped year.
        Assert.Equal(("2025-03-01", "2027-12-31"), (Text(road, "plannedStart"), Text(road, "plannedEnd")));
        Assert.Equal(organisation.Id, project.GetProperty("reportingOrganisationId").GetGuid());
        Assert.Equal(settlement.Id, project.GetProperty("settlementId").GetGuid());
        Assert.Equal(("11120", "2028-06-30"), (Text(school, "sector"), Text(school, "plannedEnd")));
        Assert.Equal(800_000m, school.GetProperty("object").GetProperty("budgetAmount").GetDecimal());
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("value '21021': not a code of the dac_sector table; did you mean '21020'", refused.Error, StringComparison.Ordinal);
        Assert.Contains("value '9': not a code of the iati_activity_status table", refused.Error, StringComparison.Ordinal);

        var gpkg = await ExportInfoAsync("reconstruction_projects", "gpkg");
        Assert.Contains("Feature Count: 2", gpkg, StringComparison.Ordinal);
        Assert.Contains("budget_amount (Real) = 1250000.75", gpkg, StringComparison.Ordinal);
        Assert.Contains("planned_end (Date) = 2027/12/31", gpkg, StringComparison.Ordinal);
        Assert.Contains("title_az (String) = Quzanlı school (az)", gpkg, StringComparison.Ordinal);
        var xlsx = await ExportInfoAsync("reconstruction_projects", "xlsx");
        Assert.Contains("WKT (String) = LINESTRING (47.0478 40.0731, 46.9269 39.9911)", xlsx, StringComparison.Ordinal);
    }

    private static string Text(JsonElement shown, string field) => shown.GetProperty("object").GetProperty(field).GetString()!;

    /// <summary>An organisation, and a settlement in a district (so codes carry the district's short code).</summary>
    private async Task<((Guid Id, string Code) Organisation, (Guid Id, string Code) Settlement)> SeedAsync()
    {
        await _cli.RunOkAsync("init");
        var seed = await _cli.SubmitAsync(Report("seed",
            Feature("o1", null, new() { ["kind"] = "organisation", ["name"] = "Reconstruction agency", ["organisationType"] = "government" }),
            Feature("d1", Square(46.8, 39.9, 0.3), new()
            {
                ["kind"] = "administrativeArea",
                ["name"] = new JsonObject { ["en"] = "Quzanli test district" },
                ["pCode"] = "AZ-TEST",
                ["shortCode"] = "QZN",
            }),
            Feature("s1", Point(47.0478, 40.0731), new()
            {
                ["kind"] = "settlement",
                ["name"] = new JsonObject { ["en"] = "Quzanli", ["az"] = "Quzanlı", ["ru"] = "Гузанлы" },
                ["administrativeArea"] = "#d1",
            })));
        var effects = (await _cli.JsonAsync("report", "approve", seed)).GetProperty("effects").EnumerateArray()
            .ToDictionary(e => e.GetProperty("kind").GetString()!, e => e.GetProperty("code").GetString()!);
        async Task<(Guid, string)> IdOf(string code) => ((await _cli.JsonAsync("show", code)).GetProperty("object").GetProperty("id").GetGuid(), code);
        return (await IdOf(effects["organisation"]), await IdOf(effects["settlement"]));
    }

    private async Task<IReadOnlyList<string>> ImportAndApproveAsync(string path, string kind)
    {
        var imported = await _cli.JsonAsync("import", path, "--as", kind);
        var code = imported.GetProperty("code").GetString()!;
        await _cli.RunOkAsync("report", "submit", code);
        var approved = await _cli.JsonAsync("report", "approve", code);
        return [.. approved.GetProperty("effects").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
    }

    private async Task<string> OgrCsvAsync(string name, string geoJson)
    {
        var source = await _cli.WriteFileAsync(name + ".geojson", geoJson);
        var csv = Path.Combine(_cli.Folder, name + ".csv");
        var converted = await HomewardProcess.RunProgramAsync("ogr2ogr", ["-f", "CSV", csv, source, "-lco", "GEOMETRY=AS_WKT"], _cli.Folder);
        Assert.True(converted.ExitCode == 0, converted.ToString());
        return csv;
    }

    private async Task<string> ExportInfoAsync(string layer, string format)
    {
        var file = Path.Combine(_cli.Folder, $"{layer}.{format}");
        await _cli.RunOkAsync("export", "--layer", layer, "--format", format, "--out", file);
        return await Gdal.InfoAsync(_cli.Folder, "-al", file);
    }

    private static string Collection(params string[] features) => $$"""{"type": "FeatureCollection", "features": [{{string.Join(",\n", features)}}]}""";

    private static string Asset((Guid Id, string Code) settlement, string name, string sector, string type, string unit, string quantity,
        (Guid Id, string Code)? owner, string geometry) =>
        Asset(settlement.Code, name, sector, type, unit, quantity, owner?.Code, geometry);

    private static string Asset(string settlement, string name, string sector, string type, string unit, string quantity, string? owner,
        string geometry)
    {
        var ownerJson = owner is null ? "null" : $"\"{owner}\"";
        return $$$"""
            {"type": "Feature", "geometry": {{{geometry}}}, "properties": {"name": "{{{name}}}", "settlement": "{{{settlement}}}", "sector": "{{{sector}}}",
             "asset_type": "{{{type}}}", "unit": "{{{unit}}}", "baseline_quantity": {{{quantity}}}, "owner_organisation": {{{ownerJson}}}}}
            """;
    }

    private static string Project((Guid Id, string Code) organisation, (Guid Id, string Code) settlement, string title, string sector, string status,
        string budget, string plannedStart, string plannedEnd, string geometry) => $$$"""
        {"type": "Feature", "geometry": {{{geometry}}}, "properties": {"title": "{{{title}}}", "title_az": "{{{title}}} (az)", "sector": "{{{sector}}}",
         "status": "{{{status}}}", "reporting_organisation": "{{{organisation.Code}}}", "settlement": "{{{settlement.Code}}}",
         "planned_start": "{{{plannedStart}}}", "planned_end": "{{{plannedEnd}}}", "budget_amount": {{{budget}}}, "budget_currency": "AZN"}}
        """;
}
