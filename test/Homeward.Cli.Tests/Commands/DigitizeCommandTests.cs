using System.Text.Json;

namespace Homeward.Cli.Tests.Commands;

public sealed class DigitizeCommandTests : IDisposable
{
    /// <summary>Spec example 3 (minefield-records.md): SK-42 zone 8, magnetic bearings in 6000 mils.</summary>
    private const string Example3 = """
        { "id": "SYN-EX3", "date": "1993-06-15", "crs": "EPSG:28408", "bearingUnit": "mil6000", "bearingReference": "magnetic",
          "points": [
            { "id": "L", "type": "landmark", "x": 8665000.00, "y": 4430000.00, "sigmaMetres": 10 },
            { "id": "A", "from": "L", "bearing": "10-00", "distance": 250.0 },
            { "id": "B", "from": "A", "bearing": "15-50", "distance": 200.0 },
            { "id": "C", "from": "B", "bearing": "30-50", "distance": 60.0 },
            { "id": "D", "from": "C", "bearing": "45-50", "distance": 200.5 },
            { "id": "S1", "type": "rowStart", "from": "A", "bearing": "30-50", "distance": 20.0 },
            { "id": "S2", "type": "rowStart", "from": "A", "bearing": "30-50", "distance": 40.0 } ],
          "legs": [ { "from": "D", "to": "A", "bearing": "00-50", "distance": 59.6 } ],
          "perimeter": ["A", "B", "C", "D", "A"],
          "rows": [ { "id": "1", "start": "S1", "bearing": "15-50", "length": 180.0, "mineType": "PMN", "count": 41, "spacingMetres": 4.5 },
                    { "id": "2", "start": "S2", "bearing": "15-50", "length": 180.0, "mineType": "PMN", "count": 30, "spacingMetres": 5.0 } ] }
        """;

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Digitize_Example3_WritesGeoJsonWithThePerimeterRowsPointsMisclosureAndFlags()
    {
        var record = await _cli.WriteFileAsync("ex3.json", Example3);

        var result = await HomewardProcess.RunAsync(_cli.Folder, "digitize", record);

        Assert.True(result.ExitCode == 0, result.ToString());
        var collection = JsonDocument.Parse(result.Output).RootElement;
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        string Type(JsonElement f) => f.GetProperty("geometry").GetProperty("type").GetString()!;
        Assert.Equal(2, features.Count(f => Type(f) == "Polygon"));
        Assert.Equal(2, features.Count(f => Type(f) == "LineString"));
        Assert.Equal(80, features.Count(f => Type(f) == "Point"));
        Assert.All(features.Where(f => Type(f) == "Point"), f => Assert.True(f.GetProperty("properties").GetProperty("radialErrorMetres").GetDouble() > 0));
        Assert.Equal(0.640, collection.GetProperty("properties").GetProperty("misclosureMetres").GetDouble(), 0.0005);
        Assert.Equal("F05", Assert.Single(collection.GetProperty("properties").GetProperty("flags").EnumerateArray()).GetProperty("code").GetString());
        Assert.Contains("F05 warning (2)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digitize_ToGeoPackage_WritesLayersGdalReadsInWgs84AndUtm()
    {
        var record = await _cli.WriteFileAsync("ex3.json", Example3);
        var output = Path.Combine(_cli.Folder, "ex3.gpkg");

        var result = await HomewardProcess.RunAsync(_cli.Folder, "digitize", record, "--out", output, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0.640, JsonDocument.Parse(result.Output).RootElement.GetProperty("misclosureMetres").GetDouble(), 0.0005);
        var layers = await Gdal.InfoAsync(_cli.Folder, "-q", output);
        foreach (var layer in new[] { "perimeter_wgs84", "uncertainty_zone_wgs84", "rows_wgs84", "points_wgs84", "perimeter_utm38n", "points_utm38n" })
        {
            Assert.Contains(layer, layers, StringComparison.Ordinal);
        }

        var perimeter = await Gdal.InfoAsync(_cli.Folder, "-so", output, "perimeter_utm38n");
        Assert.Contains("Geometry: Polygon", perimeter, StringComparison.Ordinal);
        Assert.Contains("32638", perimeter, StringComparison.Ordinal);
        var rows = await Gdal.SqlAsync(_cli.Folder, output, "SELECT id, count, spacingMetres FROM rows_wgs84 ORDER BY id");
        Assert.Equal(["41", "30"], rows.Select(r => r["count"]));
        var mines = await Gdal.InfoAsync(_cli.Folder, "-q", output, "-sql", "SELECT COUNT(*) AS n FROM points_utm38n WHERE type = 'mine'");
        Assert.Contains("n (Integer) = 71", mines, StringComparison.Ordinal);
        var validation = await HomewardProcess.RunProgramAsync("/usr/bin/python3", ["-m", "osgeo_utils.samples.validate_gpkg", output], _cli.Folder);
        Assert.True(validation.ExitCode == 0, validation.ToString());
    }

    [Fact]
    public async Task Digitize_WithReport_DrawsAPng()
    {
        var record = await _cli.WriteFileAsync("ex3.json", Example3);
        var png = Path.Combine(_cli.Folder, "ex3.png");

        var result = await HomewardProcess.RunAsync(_cli.Folder, "digitize", record, "--out", Path.Combine(_cli.Folder, "ex3.geojson"), "--report", png);

        Assert.True(result.ExitCode == 0, result.ToString());
        var bytes = await File.ReadAllBytesAsync(png, TestContext.Current.CancellationToken);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Contains("SYN-EX3: ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"bearingUnit\": \"mil6000\"", "\"bearingUnit\": \"mils\"", "bearingUnit = \"mils\"")]
    [InlineData("\"15-50\", \"distance\": 200.0", "\"15-5O\", \"distance\": 200.0", "points[2].bearing = \"15-5O\"")]
    [InlineData("\"from\": \"C\"", "\"from\": \"X\"", "points[4].from = \"X\"")]
    [InlineData("\"D\", \"A\"]", "\"D\"]", "the perimeter never closes")]
    [InlineData("\"count\": 30, \"spacingMetres\": 5.0", "\"count\": 10, \"spacingMetres\": 5.0", "rows[1].count = \"10\"")]
    public async Task Digitize_BadRecord_IsRefusedWithTheFieldAndValueNamed(string from, string to, string expected)
    {
        var record = await _cli.WriteFileAsync("bad.json", Example3.Replace(from, to, StringComparison.Ordinal));

        var result = await HomewardProcess.RunAsync(_cli.Folder, "digitize", record);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Digitize_IntoReport_CreatesADraftAReviewerApprovesIntoAHazardousAreaWithEvidence()
    {
        await _cli.RunOkAsync("init");
        var record = await _cli.WriteFileAsync("ex3.json", Example3);
        var scan = await _cli.WriteFileAsync("ex3-scan.png", "not really a scan");

        var created = await _cli.JsonAsync("digitize", record, "--into-report", "--attach", scan, "--hazard-type", "minefield-ap");
        var code = created.GetProperty("code").GetString()!;
        var shown = await _cli.JsonAsync("report", "show", code, "--attachments", Path.Combine(_cli.Folder, "attached"));
        Assert.Equal(["ex3.json", "ex3-scan.png", "SYN-EX3.digitized.geojson"],
            shown.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("fileName").GetString()));
        Assert.All(shown.GetProperty("attachments").EnumerateArray(), a => Assert.True(a.GetProperty("intact").GetBoolean()));
        Assert.Equal("not really a scan", await File.ReadAllTextAsync(Path.Combine(_cli.Folder, "attached", "ex3-scan.png"), TestContext.Current.CancellationToken));
        await _cli.RunOkAsync("report", "submit", code);
        var approved = await _cli.JsonAsync("report", "approve", code);

        var effects = approved.GetProperty("effects").EnumerateArray().ToList();
        Assert.Equal(["hazardousArea", "evidence"], effects.Select(e => e.GetProperty("kind").GetString()));
        var hazard = await _cli.JsonAsync("show", effects[0].GetProperty("code").GetString()!);
        var area = hazard.GetProperty("object");
        Assert.Equal("sha", area.GetProperty("areaClass").GetString());
        Assert.Equal("minefield-ap", area.GetProperty("hazardType").GetString());

        // The zone is the perimeter (11 965 m², 520 m round) grown by about twice the radial error, 33 m, all round.
        Assert.InRange(area.GetProperty("areaSquareMetres").GetDouble(), 30_000, 35_000);
        var evidence = await _cli.JsonAsync("show", effects[1].GetProperty("code").GetString()!);
        Assert.Equal("military-records", evidence.GetProperty("object").GetProperty("evidenceType").GetString());
        Assert.Equal("records", evidence.GetProperty("object").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Digitize_IntoReportWithoutADatabase_FailsAsAnEnvironmentError()
    {
        var record = await _cli.WriteFileAsync("ex3.json", Example3);

        var result = await _cli.RunAsync("digitize", record, "--into-report");

        Assert.Equal(2, result.ExitCode);
    }
}
