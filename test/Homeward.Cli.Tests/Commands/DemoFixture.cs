using System.Text.Json;
using Homeward.Testing;

namespace Homeward.Cli.Tests.Commands;

/// <summary>One small demonstration database, built once with the real command and shared by the tests that only read it.</summary>
public sealed class DemoFixture : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();

    public string Folder => _folder.Path;

    public string Database => _folder.File("demo.gpkg");

    public JsonElement Built { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var result = await HomewardProcess.RunAsync(Folder, "demo", "--scale", "0.03", "--seed", "7", "--db", Database, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Built = JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    /// <summary>Runs homeward in the demo's folder against the demo database.</summary>
    internal Task<ProcessResult> RunAsyncIn(params string[] arguments) => HomewardProcess.RunAsync(Folder, [.. arguments, "--db", Database]);

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
