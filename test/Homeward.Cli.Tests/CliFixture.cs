using System.Text.Json;
using Homeward.Testing;

namespace Homeward.Cli.Tests;

/// <summary>A folder with its own database for one test, and shortcuts for the commands tests repeat.</summary>
internal sealed class CliFixture : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private int _files;

    public string Folder => _folder.Path;

    public string Database => _folder.File("homeward.gpkg");

    /// <summary>Environment variables every run of homeward gets, beside the usual ones.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public Task<ProcessResult> RunAsync(params string[] arguments) => HomewardProcess.RunAsync(Folder, Environment, [.. arguments, "--db", Database]);

    public async Task<ProcessResult> RunOkAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"homeward {string.Join(' ', arguments)} failed: {result}");
        return result;
    }

    public async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        var result = await RunOkAsync([.. arguments, "--json"]);
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    /// <summary>Writes a report file, creates and submits it; returns the report's code.</summary>
    public async Task<string> SubmitAsync(string reportJson)
    {
        var path = _folder.File($"report-{++_files}.geojson");
        await File.WriteAllTextAsync(path, reportJson, TestContext.Current.CancellationToken);
        var created = await JsonAsync("report", "create", path, "--submit");
        return created.GetProperty("code").GetString()!;
    }

    /// <summary>Creates a report as a draft; returns its code.</summary>
    public async Task<string> CreateAsync(string reportJson)
    {
        var path = _folder.File($"report-{++_files}.geojson");
        await File.WriteAllTextAsync(path, reportJson, TestContext.Current.CancellationToken);
        var created = await JsonAsync("report", "create", path);
        return created.GetProperty("code").GetString()!;
    }

    public async Task<string> WriteFileAsync(string name, string content)
    {
        var path = _folder.File(name);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
