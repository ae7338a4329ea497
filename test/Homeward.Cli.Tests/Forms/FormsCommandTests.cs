namespace Homeward.Cli.Tests.Forms;

/// <summary><c>homeward forms --out DIR</c>: the written workbooks open in GDAL as XLSForms, with their three sheets.</summary>
public sealed class FormsCommandTests : IDisposable
{
    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Forms_Out_WritesWorkbooksThatGdalOpensWithSurveyChoicesAndSettings()
    {
        var folder = Path.Combine(_cli.Folder, "forms");

        await HomewardProcess.RunAsync(_cli.Folder, "forms", "--out", folder);

        var files = Directory.GetFiles(folder, "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["homeward_daily_activity.xlsx", "homeward_device_finding.xlsx", "homeward_eo_accident.xlsx", "homeward_heritage_condition.xlsx",
            "homeward_nts.xlsx", "homeward_risk_education.xlsx"], files);
        foreach (var file in files)
        {
            var layers = await Gdal.InfoAsync(folder, "-ro", "-q", file!);
            foreach (var sheet in new[] { "survey", "choices", "settings" })
            {
                Assert.Contains($": {sheet} ", layers, StringComparison.Ordinal);
            }
        }
    }
}
