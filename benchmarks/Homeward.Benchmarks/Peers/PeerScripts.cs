using System.Diagnostics;
using System.Globalization;

namespace Homeward.Benchmarks.Peers;

/// <summary>Runs the peers' scripts in <c>benchmarks/peers</c> with Debian's Python, which has PROJ (pyproj), GeoPandas and Shapely.</summary>
internal static class PeerScripts
{
    private const string Python = "/usr/bin/python3";

    public static string Folder { get; } = FindFolder();

    /// <summary>Runs a script; each line it prints on standard output is the seconds of one timed repetition.</summary>
    public static IReadOnlyList<double> RunPython(string script, IEnumerable<string> arguments) =>
        [.. RunPythonLines(script, arguments).Select(l => double.Parse(l, CultureInfo.InvariantCulture))];

    /// <summary>Runs a script and returns the lines it prints on standard output.</summary>
    public static IReadOnlyList<string> RunPythonLines(string script, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {error}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string FindFolder()
    {
        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "Homeward.slnx")))
        {
            folder = Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar));
        }

        return folder is null
            ? throw new InvalidOperationException("Run the side-by-side comparisons from a Homeward checkout.")
            : Path.Combine(folder, "benchmarks", "peers");
    }
}
