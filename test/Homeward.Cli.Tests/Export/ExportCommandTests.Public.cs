using System.Text.Json.Nodes;
using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Export;

public sealed partial class ExportCommandTests
{
    [Fact]
    public async Task Export_PublicVictims_FilesHoldNoNamesOrDatesOfBirth()
    {
        using var cli = new CliFixture();
        await cli.RunOkAsync("init");
        var accident = new JsonObject { ["kind"] = "accident", ["accidentType"] = "mine", ["occurredOn"] = "2023-09-14" };
        var victim = new JsonObject
        {
            ["kind"] = "victim",
            ["accident"] = "#a1",
            ["fullName"] = "Leyla Məmmədova",
            ["dateOfBirth"] = "1987-03-21",
            ["sex"] = "female",
            ["outcome"] = "injured",
            ["ageAtAccident"] = 36,
        };
        var report = await cli.SubmitAsync(Report("Accident", Feature("a1", Point(46.93, 40.0), accident), Feature("v1", null, victim)));
        await cli.RunOkAsync("report", "approve", report);

        foreach (var format in (string[])["geojson", "csv", "xlsx", "gpkg", "shp"])
        {
            var file = Path.Combine(cli.Folder, $"victims-public.{format}");
            await cli.RunOkAsync("export", "--layer", "victims", "--out", file, "--public");
            var restricted = Path.Combine(cli.Folder, $"victims.{format}");
            await cli.RunOkAsync("export", "--layer", "victims", "--out", restricted);

            var shown = await Gdal.GeoJsonAsync(cli.Folder, file);
            var full = await Gdal.GeoJsonAsync(cli.Folder, restricted);
            var text = shown.ToString();
            Assert.Equal(1, shown.GetProperty("features").GetArrayLength());
            Assert.DoesNotContain("Leyla", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1987", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Leyla", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Contains("36", text, StringComparison.Ordinal);
            // The same export without --public does hold them, so the test would see them.
            Assert.Contains("Leyla Məmmədova", full.ToString(), StringComparison.Ordinal);
            Assert.Contains("1987", full.ToString(), StringComparison.Ordinal);
        }
    }
}
