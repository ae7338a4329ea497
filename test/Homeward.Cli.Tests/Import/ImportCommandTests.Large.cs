using System.Globalization;
using System.Text;

namespace Homeward.Cli.Tests.Import;

/// <summary>A report larger than the review batch (set small through the environment), from import to approval.</summary>
public sealed partial class ImportCommandTests
{
    [Fact]
    public async Task Import_ReportLargerThanTheReviewBatch_ShownSummarisedWrittenOutSubmittedAndApprovedWhole()
    {
        const int Features = 23;
        _cli.Environment["HOMEWARD_REVIEW_BATCH_ITEMS"] = "5";
        await _cli.RunOkAsync("init");
        var features = new StringBuilder();
        for (var i = 0; i < Features; i++)
        {
            var x = 46.70 + (i * 0.002);
            var ring = string.Create(CultureInfo.InvariantCulture, $"[[{x:R}, 39.9], [{x + 0.001:R}, 39.9], [{x + 0.001:R}, 39.901], [{x:R}, 39.901], [{x:R}, 39.9]]");
            features.Append(i == 0 ? string.Empty : ",")
                .Append(CultureInfo.InvariantCulture, $"{{\"type\": \"Feature\", \"properties\": {{\"name\": \"synthetic {i}\", \"area_class\": \"sha\", \"hazard_type\": \"battle-area\"}}, ")
                .Append(CultureInfo.InvariantCulture, $"\"geometry\": {{\"type\": \"Polygon\", \"coordinates\": [{ring}]}}}}");
        }

        var path = await _cli.WriteFileAsync("many.geojson", $$"""{"type": "FeatureCollection", "features": [{{features}}]}""");
        await _cli.RunOkAsync("import", path, "--as", "hazards");

        var shown = await _cli.RunOkAsync("report", "show", "FR-000001", "--limit", "3", "--out", "many-report.geojson");
        var summary = await _cli.JsonAsync("report", "show", "FR-000001", "--limit", "2");
        var written = await Gdal.SqlAsync(_cli.Folder, Path.Combine(_cli.Folder, "many-report.geojson"), "SELECT count(*) AS n FROM \"many-report\"");
        await _cli.RunOkAsync("report", "submit", "FR-000001");
        var approved = await _cli.JsonAsync("report", "approve", "FR-000001");
        var stored = await Gdal.SqlAsync(_cli.Folder, _cli.Database, "SELECT count(*) AS n, count(DISTINCT code) AS codes FROM hazardous_areas");

        Assert.Contains("kinds: hazardousArea 23", shown.Output, StringComparison.Ordinal);
        Assert.Contains("more than the 5 shown with what approval would do", shown.Output, StringComparison.Ordinal);
        Assert.Equal(Features, summary.GetProperty("report").GetProperty("itemCount").GetInt32());
        Assert.Equal(2, summary.GetProperty("items").GetArrayLength());
        var extent = summary.GetProperty("summary").GetProperty("extent").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal([46.70, 39.9, 46.70 + ((Features - 1) * 0.002) + 0.001, 39.901], extent, new ToleranceComparer(1e-9));
        Assert.Equal(Features.ToString(CultureInfo.InvariantCulture), written.Single()["n"]);
        Assert.Equal(Features, approved.GetProperty("effects").GetArrayLength());
        Assert.Equal((Features.ToString(CultureInfo.InvariantCulture), Features.ToString(CultureInfo.InvariantCulture)), (stored.Single()["n"], stored.Single()["codes"]));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
