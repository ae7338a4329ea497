using System.Text.Json;
using Homeward.Testing;
using static Homeward.Cli.Tests.ReportFiles;

namespace Homeward.Cli.Tests.Reports;

/// <summary>Officers approving at the same moment, each with their own homeward process, on one PostgreSQL database.</summary>
public sealed class ReportApproveConcurrencyTests(PostgisFixture postgis) : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private int _files;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Approve_ParallelProcessesOnDifferentReports_AllSucceed()
    {
        var database = await PostgisDatabase.CreateAsync(postgis);
        await RunOkAsync(database, "init");
        var reports = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            reports.Add(await SubmitAsync(database, Report($"NTS {i}", Feature("h", Square(46.90 + (i * 0.02), 39.95, 0.01), Hazard("cha", "minefield-ap")))));
        }

        var results = await Task.WhenAll(reports.Select(code => RunAsync(database, "report", "approve", code)));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var approved = await JsonAsync(database, "report", "list", "--status", "approved");
        Assert.Equal(reports.Order(StringComparer.Ordinal), approved.EnumerateArray().Select(r => r.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(4, (await JsonAsync(database, "stats")).GetProperty("hazardousAreasRecorded").GetInt32());
    }

    [Fact]
    public async Task Approve_ParallelProcessesChangingTheSameObject_OneSucceedsTheOthersConflictAndNothingIsLost()
    {
        var database = await PostgisDatabase.CreateAsync(postgis);
        await RunOkAsync(database, "init");
        var created = await JsonAsync(database, "report", "approve",
            await SubmitAsync(database, Report("NTS", Feature("h", Square(46.90, 39.95, 0.01), Hazard("cha", "minefield-ap")))));
        var code = created.GetProperty("effects")[0].GetProperty("code").GetString()!;
        var updates = new List<string>();
        for (var priority = 1; priority <= 3; priority++)
        {
            updates.Add(await SubmitAsync(database, Report($"priority {priority}",
                Feature("u", null, new() { ["kind"] = "hazardousArea", ["code"] = code, ["priority"] = priority }))));
        }

        var results = await Task.WhenAll(updates.Select(report => RunAsync(database, "report", "approve", report)));

        var winner = Assert.Single(Enumerable.Range(0, updates.Count), i => results[i].ExitCode == 0);
        Assert.All(results.Where(r => r.ExitCode != 0), r =>
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Contains(code, r.Error, StringComparison.Ordinal);
            // Refused by the workflow's check of the version the report was prepared against or, when two approvals raced
            // past it, by the store's check inside its transaction; both name the current version.
            Assert.True(r.Error.Contains("1 then, 2 now", StringComparison.Ordinal) || r.Error.Contains("is at version 2", StringComparison.Ordinal),
                r.Error);
        });
        Assert.Equal(2, (await JsonAsync(database, "show", code)).GetProperty("version").GetInt32());

        // The refused reports are still there, submitted, and go in once the reviewer has looked at the new version.
        foreach (var report in updates.Where((_, i) => i != winner))
        {
            await RunOkAsync(database, "report", "approve", report, "--rebase");
        }

        var history = await JsonAsync(database, "history", code);
        Assert.Equal(4, history.GetArrayLength());
        Assert.Equal(updates.Order(StringComparer.Ordinal),
            history.EnumerateArray().Skip(1).Select(v => v.GetProperty("reportCode").GetString()!).Order(StringComparer.Ordinal));
    }

    private Task<ProcessResult> RunAsync(PostgisDatabase database, params string[] arguments) =>
        HomewardProcess.RunAsync(_folder.Path, [.. arguments, "--db", database.Uri]);

    private async Task RunOkAsync(PostgisDatabase database, params string[] arguments)
    {
        var result = await RunAsync(database, arguments);
        Assert.True(result.ExitCode == 0, $"homeward {string.Join(' ', arguments)} failed: {result}");
    }

    private async Task<JsonElement> JsonAsync(PostgisDatabase database, params string[] arguments)
    {
        var result = await RunAsync(database, [.. arguments, "--json"]);
        Assert.True(result.ExitCode == 0, $"homeward {string.Join(' ', arguments)} failed: {result}");
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    private async Task<string> SubmitAsync(PostgisDatabase database, string reportJson)
    {
        var path = _folder.File($"report-{Interlocked.Increment(ref _files)}.geojson");
        await File.WriteAllTextAsync(path, reportJson, TestContext.Current.CancellationToken);
        return (await JsonAsync(database, "report", "create", path, "--submit")).GetProperty("code").GetString()!;
    }
}
