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

    private string Zip(string name, params string[] categories)
    {
        var rows = categories.Select((category, i) => $"2024-05-13T15:02:11.412Z,device-finding,2024-05-13,{category},PMN-2,1,40.0112,46.9511,1381,3.9,"
            + $"uuid:6c2b1f0e-8a51-4b7e-9d3a-1f0c2e7b9a4{i},uuid:6c2b1f0e-8a51-4b7e-9d3a-1f0c2e7b9a4{i},Team 3 tablet,2026050101");
        var path = Path.Combine(_cli.Folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("homeward_device_finding.csv").Open(), new UTF8Encoding(false));
        writer.Write(Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    [Fact]
    public async Task ImportForms_SkipInvalid_StoresTheGoodSubmissionAndListsTheBadOneAfterwards()
    {
        await _cli.RunOkAsync("init");
        var zip = Zip("mixed.csv.zip", "ap-mine", "ap-mien");
        var rejected = Path.Combine(_cli.Folder, "rejected.csv");

        var dryRun = await _cli.RunAsync("import-forms", zip, "--skip-invalid", "--rejected", rejected, "--dry-run");
        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.False(File.Exists(rejected));

        var imported = await _cli.RunAsync("import-forms", zip, "--skip-invalid", "--rejected", rejected);

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Single((await _cli.JsonAsync("report", "list")).EnumerateArray());
        var lines = await File.ReadAllLinesAsync(rejected, TestContext.Current.CancellationToken);
        Assert.Equal("instanceID,path,field,value,reason", lines[0]);
        var line = Assert.Single(lines.Skip(1));
        Assert.Contains("uuid:6c2b1f0e-8a51-4b7e-9d3a-1f0c2e7b9a41", line, StringComparison.Ordinal);
        Assert.Contains("\"ap-mien\"", line, StringComparison.Ordinal);
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
