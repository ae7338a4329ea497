using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Homeward.Geo.Tests;

/// <summary>
/// Runs PROJ's command-line tools (<c>cs2cs</c>, <c>cct</c>, <c>projinfo</c>; Debian package <c>proj-bin</c>) to get
/// reference values. When they are missing the test fails in CI (<c>CI=true</c>) and is skipped elsewhere, with a message.
/// Pairs are written and read in PROJ's axis order, which is EPSG's: latitude first for EPSG:4326 and 4284, northing first
/// for the Gauss–Krüger zones.
/// </summary>
internal static class Proj
{
    private static readonly char[] Blanks = [' ', '\t'];

    /// <summary>Transforms pairs with <c>cs2cs</c>, which chooses the operation itself.</summary>
    public static Task<(double A, double B)[]> Cs2csAsync(string source, string target, IEnumerable<(double A, double B)> pairs) =>
        RunPairsAsync("cs2cs", ["-f", "%.12f", source, target], pairs);

    /// <summary>Applies one operation (an EPSG code such as <c>EPSG:15865</c>, or a PROJ pipeline) with <c>cct</c>.</summary>
    public static Task<(double A, double B)[]> CctAsync(string operation, IEnumerable<(double A, double B)> pairs, bool inverse = false)
    {
        List<string> arguments = ["-d", "12"];
        if (inverse)
        {
            arguments.Add("-I");
        }

        arguments.AddRange(operation.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return RunPairsAsync("cct", arguments, pairs);
    }

    /// <summary>
    /// The PROJ pipeline that <c>projinfo</c> builds from <paramref name="source"/> to <paramref name="target"/> through the
    /// datum transformation named <paramref name="transformationName"/>, for example <c>Pulkovo 1942 to WGS 84 (14)</c>.
    /// </summary>
    public static async Task<string> PipelineAsync(string source, string target, string transformationName)
    {
        var output = await RunAsync("projinfo",
            ["-s", source, "-t", target, "-o", "PROJ", "--single-line", "--show-superseded", "--spatial-test", "intersects"], "");
        var lines = output.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // A candidate's description names every step: "... + Pulkovo 1942 to WGS 84 (14) + ..., 5 m, ...".
            if (lines[i].Contains(transformationName + ",", StringComparison.Ordinal)
                || lines[i].Contains(transformationName + " +", StringComparison.Ordinal))
            {
                var pipeline = lines.Skip(i + 1).First(l => l.StartsWith("+proj=", StringComparison.Ordinal));
                return pipeline.Trim();
            }
        }

        Assert.Fail($"projinfo offers no operation through {transformationName} from {source} to {target}:\n{output}");
        return "";
    }

    /// <summary>The EPSG codes of the datum transformations <c>projinfo</c> lists between two CRSs over an area, best first.</summary>
    public static async Task<string[]> CandidateCodesAsync(string source, string target, string bbox)
    {
        string[] arguments = ["-s", source, "-t", target, "--spatial-test", "intersects", "--bbox", bbox, "--summary"];
        var output = await RunAsync("projinfo", arguments, "");

        // Lines read "EPSG:15865, Pulkovo 1942 to WGS 84 (16), 4.5 m, ...".
        return [.. output.Split('\n').Where(l => l.StartsWith("EPSG:", StringComparison.Ordinal)).Select(l => l.Split(',')[0])];
    }

    /// <summary>Runs a program with standard input and returns its standard output; asserts a zero exit code.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string input)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            // Start returns null only when it reuses a running process, which it never does with redirected streams.
            process = Process.Start(start)!;
        }
        catch (Win32Exception) when (!IsCi)
        {
            Assert.Skip($"{program} (PROJ) is not installed here; CI installs proj-bin and runs this test.");
            throw;
        }

        using (process)
        {
            var cancellation = TestContext.Current.CancellationToken;
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            var output = await process.StandardOutput.ReadToEndAsync(cancellation);
            var error = await process.StandardError.ReadToEndAsync(cancellation);
            await process.WaitForExitAsync(cancellation);
            Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
            return output;
        }
    }

    private static async Task<(double A, double B)[]> RunPairsAsync(
        string program, IEnumerable<string> arguments, IEnumerable<(double A, double B)> pairs)
    {
        var list = pairs.ToList();
        // A height of 0: cct needs the third column to apply a geocentric step.
        var input = string.Concat(list.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.A:R} {p.B:R} 0\n")));
        var output = await RunAsync(program, arguments, input);
        // cct starts its output with '#' comment lines.
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(Blanks, StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (double.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture)))
            .ToArray();
        Assert.Equal(list.Count, results.Length);
        return results;
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
