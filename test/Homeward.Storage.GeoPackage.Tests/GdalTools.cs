using System.Diagnostics;

namespace Homeward.Storage.GeoPackage.Tests;

/// <summary>
/// GDAL's command-line tools and GeoPackage validator, run as child processes. Missing tools fail the test in CI
/// (CI=true) and skip it elsewhere, with a message that says what to install.
/// </summary>
internal static class GdalTools
{
    private static readonly Lazy<string?> OgrinfoPath = new(() => FindOnPath("ogrinfo"));
    private static readonly Lazy<string?> PythonPath = new(FindPythonWithGdal);

    /// <summary>The path of <c>ogrinfo</c>; fails or skips the test when it is not installed.</summary>
    public static string Ogrinfo => Require(OgrinfoPath.Value, "ogrinfo (Debian package gdal-bin)");

    /// <summary>A Python that has GDAL's <c>osgeo_utils</c>; fails or skips the test when there is none.</summary>
    public static string Python => Require(PythonPath.Value, "Python with GDAL's osgeo_utils (Debian package python3-gdal)");

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string Require(string? path, string what)
    {
        if (path is not null)
        {
            return path;
        }

        var message = $"{what} is not installed, so GDAL cannot check the GeoPackage.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " CI must install it; it never skips this test.");
        }

        Assert.Skip(message);
        return path!;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    // Debian's python3 has the osgeo modules; a python3 earlier on the PATH (pyenv, a virtualenv) may not.
    private static string? FindPythonWithGdal() =>
        new[] { "/usr/bin/python3", FindOnPath("python3") }
            .OfType<string>()
            .Where(File.Exists)
            .FirstOrDefault(python =>
            {
                var start = new ProcessStartInfo(python, ["-c", "import osgeo_utils.samples.validate_gpkg"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                try
                {
                    using var process = Process.Start(start);
                    return process is not null && process.WaitForExit(TimeSpan.FromMinutes(1)) && process.ExitCode == 0;
                }
                catch (System.ComponentModel.Win32Exception)
                {
                    return false;
                }
            });
}
