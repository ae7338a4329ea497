using System.Diagnostics;

namespace Homeward.Exchange.Tests.Import;

/// <summary>GDAL's ogr2ogr and ogrinfo, run as processes: they make the real-looking files an import meets, and read what it writes.</summary>
internal static class Ogr
{
    public static async Task ConvertAsync(params string[] arguments) => await RunAsync("ogr2ogr", arguments);

    /// <summary>What ogrinfo says of every feature of a file (<c>-al</c>), as text.</summary>
    public static Task<string> InfoAsync(string path) => RunAsync("ogrinfo", ["-al", path]);

    private static async Task<string> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception) when (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Skip($"{program} is not installed here; CI installs it (gdal-bin) and runs this test.");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {await error}");
            return output;
        }
    }
}
