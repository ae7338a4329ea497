using System.Diagnostics;
using System.Text;

namespace Homeward.Cli.Tests;

/// <summary>Runs the real homeward command (and GDAL's tools) as child processes, as a user would.</summary>
internal static class HomewardProcess
{
    public static string HomewardDll { get; } = Path.Combine(AppContext.BaseDirectory, "homeward.dll");

    public static Task<ProcessResult> RunAsync(string workingDirectory, params string[] arguments) =>
        RunProgramAsync("dotnet", [HomewardDll, .. arguments], workingDirectory);

    /// <summary>Runs homeward with some environment variables of its own.</summary>
    public static Task<ProcessResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunProgramAsync("dotnet", [HomewardDll, .. arguments], workingDirectory, environment);

    /// <summary>Starts homeward without waiting, for tests that stop it part-way.</summary>
    public static Process Start(string workingDirectory, params string[] arguments)
    {
        var start = Info("dotnet", [HomewardDll, .. arguments], workingDirectory);
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    public static async Task<ProcessResult> RunProgramAsync(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = Info(program, arguments, workingDirectory);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception) when (!IsCi)
        {
            Assert.Skip($"{program} is not installed here; CI installs it (gdal-bin) and runs this test.");
            throw;
        }

        using (process)
        {
            var cancellationToken = TestContext.Current.CancellationToken;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return new ProcessResult(process.ExitCode, await output, await error);
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static ProcessStartInfo Info(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOMEWARD_USER"] = "test-officer";
        start.Environment["NO_COLOR"] = "1";
        return start;
    }
}
