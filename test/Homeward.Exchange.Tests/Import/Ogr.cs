using System.Diagnostics;

namespace Homeward.Exchange.Tests.Import;

/// <summary>GDAL's ogr2ogr, run as a process to make the real-looking files an import meets.</summary>
internal static class Ogr
{
    public static async Task ConvertAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardError = true, RedirectStandardOutput = true };
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
            Assert.Skip("ogr2ogr is not installed here; CI installs it (gdal-bin) and runs this test.");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"ogr2ogr {string.Join(' ', arguments)} failed: {await error}");
        }
    }
}
