using System.IO.Compression;
using System.Text;

namespace Homeward.Cli.Tests.Forms;

/// <summary><c>homeward import-forms</c> on an ODK Central CSV export, through the real process.</summary>
public sealed class ImportFormsCommandTests : IDisposable
{
    private const string Header = "SubmissionDate,homeward_form,found_on,device_category,device_model,device_quantity,device_location-Latitude,"
        + "device_location-Longitude,device_location-Altitude,device_location-Accuracy,meta-instanceID,KEY,SubmitterName,FormVersion";

    private readonly CliFixture _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Zip(string name, string category)
    {
        var row = $"2024-05-13T15:02:11.412Z,device-finding,2024-05-13,{category},PMN-2,1,40.0112,46.9511,1381,3.9,"
            + "uuid:6c2b1f0e-8a51-4b7e-9d3a-1f0c2e7b9a41,uuid:6c2b1f0e-8a51-4b7e-9d3a-1f0c2e7b9a41,Team 3 tablet,2026050101";
        var path = Path.Combine(_cli.Folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("homeward_device_finding.csv").Open(), new UTF8Encoding(false));
        writer.Write(Header + "\n" + row + "\n");
        return path;
    }

    [Fact]
    public async Task ImportForms_CentralCsvZip_CreatesADraftAndABadOneChangesNothing()
    {
        await _cli.RunOkAsync("init");

        var imported = await _cli.RunAsync("import-forms", Zip("good.csv.zip", "ap-mine"));
        var afterGood = await _cli.JsonAsync("report", "list");
        var refused = await _cli.RunAsync("import-forms", Zip("bad.csv.zip", "ap-mien"));
        var afterBad = await _cli.JsonAsync("report", "list");

        Assert.True(imported.ExitCode == 0, imported.ToString());
        var report = Assert.Single(afterGood.EnumerateArray());
        Assert.Equal(("draft", "device-finding"), (report.GetProperty("status").GetString(), report.GetProperty("formType").GetString()));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("'device_category' = 'ap-mien'", refused.Error, StringComparison.Ordinal);
        Assert.Equal(afterGood.ToString(), afterBad.ToString());
    }
}
