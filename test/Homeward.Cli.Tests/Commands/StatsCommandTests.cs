using System.Globalization;
using System.Text.Json;

namespace Homeward.Cli.Tests.Commands;

public sealed class StatsCommandTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Stats_HazardCount_EqualsTheFeatureCountGdalReads()
    {
        var stats = await StatsAsync();

        var info = await Gdal.InfoAsync(demo.Folder, "-so", demo.Database, "hazardous_areas");

        Assert.Contains($"Feature Count: {stats.GetProperty("hazardousAreasRecorded").GetInt32()}", info, StringComparison.Ordinal);
        Assert.Contains("Geometry: Multi Polygon", info, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",4326]", info, StringComparison.Ordinal);
        Assert.True(stats.GetProperty("hazardousAreasRecorded").GetInt32() > 50);
    }

    [Fact]
    public async Task Stats_RemainingByDistrict_AgreesWithSqlOverTheFile()
    {
        var stats = await StatsAsync();

        var rows = await Gdal.SqlAsync(demo.Folder, demo.Database, """
            SELECT COALESCE(a.short_code, '—') AS district, h.area_class AS class, COUNT(*) AS n,
                   SUM(MAX(0, h.area_square_metres - COALESCE(r.released, 0))) AS remaining
            FROM hazardous_areas h
            LEFT JOIN (SELECT hazardous_area_id, SUM(area_square_metres) AS released FROM released_areas GROUP BY hazardous_area_id) r
                   ON r.hazardous_area_id = h.object_id
            LEFT JOIN administrative_areas a ON a.object_id = h.administrative_area_id
            WHERE h.status IN ('open', 'inProgress')
            GROUP BY 1, 2
            """);

        var districts = stats.GetProperty("districts").EnumerateArray().ToList();
        Assert.Equal(rows.Select(r => r["district"]).Distinct().Order(StringComparer.Ordinal),
            districts.Select(d => d.GetProperty("districtCode").GetString()!).Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var district = districts.Single(d => d.GetProperty("districtCode").GetString() == row["district"]);
            var suspected = row["class"] == "sha";
            Assert.Equal(int.Parse(row["n"], CultureInfo.InvariantCulture),
                district.GetProperty(suspected ? "suspectedCount" : "confirmedCount").GetInt32());
            Assert.Equal(double.Parse(row["remaining"], CultureInfo.InvariantCulture),
                district.GetProperty(suspected ? "suspectedRemainingSquareMetres" : "confirmedRemainingSquareMetres").GetDouble(), 0.01);
        }
    }

    [Fact]
    public async Task Stats_ReleasedByYearAndOutcome_AgreesWithSqlOverTheFile()
    {
        var stats = await StatsAsync();

        var rows = await Gdal.SqlAsync(demo.Folder, demo.Database, """
            SELECT CAST(substr(released_on, 1, 4) AS INTEGER) AS year, outcome, COUNT(*) AS n, SUM(area_square_metres) AS m2
            FROM released_areas GROUP BY 1, 2 ORDER BY 1, 2
            """);

        var released = stats.GetProperty("released").EnumerateArray()
            .Select(r => (Year: r.GetProperty("year").GetInt32(), Outcome: r.GetProperty("outcome").GetString()!, Count: r.GetProperty("count").GetInt32(),
                SquareMetres: r.GetProperty("squareMetres").GetDouble()))
            .OrderBy(r => r.Year).ThenBy(r => r.Outcome, StringComparer.Ordinal).ToList();
        Assert.Equal(rows.Count, released.Count);
        Assert.Equal(rows.Select(r => int.Parse(r["year"], CultureInfo.InvariantCulture)).Distinct(), [2021, 2022, 2023, 2024, 2025]);
        foreach (var (row, ours) in rows.Zip(released))
        {
            Assert.Equal((int.Parse(row["year"], CultureInfo.InvariantCulture), row["outcome"], int.Parse(row["n"], CultureInfo.InvariantCulture)),
                (ours.Year, ours.Outcome, ours.Count));
            Assert.Equal(double.Parse(row["m2"], CultureInfo.InvariantCulture), ours.SquareMetres, 0.01);
        }
    }

    [Fact]
    public async Task Stats_DevicesByCategory_AgreesWithSqlOverTheFile()
    {
        var stats = await StatsAsync();

        var rows = await Gdal.SqlAsync(demo.Folder, demo.Database, "SELECT category, SUM(quantity) AS n FROM devices GROUP BY category");

        var devices = stats.GetProperty("devices").EnumerateArray().ToDictionary(d => d.GetProperty("category").GetString()!, d => d.GetProperty("quantity").GetInt64());
        Assert.NotEmpty(rows);
        Assert.Equal(rows.ToDictionary(r => r["category"], r => long.Parse(r["n"], CultureInfo.InvariantCulture)), devices);
    }

    [Fact]
    public async Task StatsAsOf_EndOf2022_CountsOnlyLandReleasedByThen()
    {
        var now = await StatsAsync();

        var then = await StatsAsync("--as-of", "2022-12-31");

        var years = then.GetProperty("released").EnumerateArray().Select(r => r.GetProperty("year").GetInt32()).Distinct().ToList();
        Assert.NotEmpty(years);
        Assert.All(years, y => Assert.True(y <= 2022, $"land released in {y} counted as of 2022-12-31"));
        Assert.True(then.GetProperty("releasedSquareMetres").GetDouble() < now.GetProperty("releasedSquareMetres").GetDouble());
        Assert.True(then.GetProperty("remainingSquareMetres").GetDouble() > now.GetProperty("remainingSquareMetres").GetDouble());
    }

    [Fact]
    public async Task Stats_DemoDatabase_SaysItHoldsSyntheticData()
    {
        var result = await HomewardProcess.RunAsync(demo.Folder, "stats", "--db", demo.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("SYNTHETIC", result.Error, StringComparison.Ordinal);
        Assert.True((await StatsAsync()).GetProperty("containsSyntheticData").GetBoolean());
    }

    [Fact]
    public async Task Demo_File_PassesGdalsGeoPackageValidator()
    {
        var result = await HomewardProcess.RunProgramAsync("/usr/bin/python3", ["-m", "osgeo_utils.samples.validate_gpkg", demo.Database], demo.Folder);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private async Task<JsonElement> StatsAsync(params string[] arguments)
    {
        var result = await HomewardProcess.RunAsync(demo.Folder, ["stats", "--db", demo.Database, "--json", .. arguments]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }
}
