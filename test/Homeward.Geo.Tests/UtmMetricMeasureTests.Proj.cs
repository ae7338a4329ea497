using System.Diagnostics;
using System.Globalization;
using Homeward.Testing;

namespace Homeward.Geo.Tests;

public sealed partial class UtmMetricMeasureTests
{
    [Fact]
    public async Task ToProjected_PointsAcrossKarabakh_AgreeWithProjWithinAMillimetre()
    {
        // Corners and middle of the deployment region, and a point well east of the zone's central meridian.
        (double Lon, double Lat)[] points = [(45.5, 39.0), (47.0, 39.0), (47.5, 40.5), (45.8, 40.4), (46.75, 39.82), (49.9, 40.4)];
        var input = string.Join('\n', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Lat} {p.Lon}"))) + "\n";

        var output = await RunAsync("cs2cs", "-f %.6f EPSG:4326 EPSG:32638", input);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(points.Length, lines.Length);
        for (var i = 0; i < points.Length; i++)
        {
            var fields = lines[i].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var ours = _measure.ToProjected(Wkt.Read(string.Create(CultureInfo.InvariantCulture, $"POINT ({points[i].Lon} {points[i].Lat})"))).Coordinate;
            Assert.Equal(double.Parse(fields[0], CultureInfo.InvariantCulture), ours.X, 0.001);
            Assert.Equal(double.Parse(fields[1], CultureInfo.InvariantCulture), ours.Y, 0.001);
        }
    }

    private static async Task<string> RunAsync(string program, string arguments, string input)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception) when (!IsCi)
        {
            Assert.Skip($"{program} (PROJ) is not installed here; CI installs proj-bin and runs this test.");
            throw;
        }

        using (process)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            return output;
        }
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
