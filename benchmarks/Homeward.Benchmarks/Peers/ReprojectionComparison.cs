using System.Diagnostics;
using System.Globalization;
using Homeward.Geo.Crs;

namespace Homeward.Benchmarks.Peers;

/// <summary>
/// B10: reprojection of N coordinates from WGS 84 to UTM 38N (EPSG:32638), ours (<see cref="CoordinateTransformer"/>)
/// against PROJ through pyproj, on the same seeded coordinates across the Karabakh region. Every result is checked
/// against PROJ's to 1 mm before any speed is reported.
/// </summary>
internal static class ReprojectionComparison
{
    private const double ToleranceMetres = 0.001;

    public static int Run(string workFolder, int count, int pairs, TextWriter report)
    {
        var random = new Random(10);
        var lon = new double[count];
        var lat = new double[count];
        for (var i = 0; i < count; i++)
        {
            lon[i] = 44.8 + (random.NextDouble() * 2.7);
            lat[i] = 38.8 + (random.NextDouble() * 1.8);
        }

        var input = Path.Combine(workFolder, "b10-input.f64");
        var peerOutput = Path.Combine(workFolder, "b10-proj.f64");
        WriteDoubles(input, lon, lat);

        var transformer = new CoordinateTransformer();
        var xs = new double[count];
        var ys = new double[count];
        var ours = new List<double>();
        var peer = new List<double>();
        for (var pair = -1; pair < pairs; pair++)
        {
            lon.CopyTo(xs, 0);
            lat.CopyTo(ys, 0);
            var stopwatch = Stopwatch.StartNew();
            transformer.TransformInPlace(xs, ys, 4326, 32638);
            stopwatch.Stop();
            var peerSeconds = PeerScripts.RunPython("b10_pyproj.py", [input, peerOutput, "1"]).Single();
            if (pair >= 0)
            {
                // The first pair warms both up and is not counted.
                ours.Add(stopwatch.Elapsed.TotalSeconds);
                peer.Add(peerSeconds);
            }
        }

        var (projX, projY) = ReadDoubles(peerOutput, count);
        var worst = 0.0;
        for (var i = 0; i < count; i++)
        {
            worst = Math.Max(worst, Math.Max(Math.Abs(xs[i] - projX[i]), Math.Abs(ys[i] - projY[i])));
        }

        var timing = new PairedTiming(ours, peer);
        report.WriteLine(timing.Describe($"B10 reprojection of {count:N0} coordinates WGS 84 → UTM 38N", "PROJ (pyproj)", count, "coordinates"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B10 largest difference from PROJ: {worst * 1000:0.000000} mm (tolerance {ToleranceMetres * 1000} mm)"));
        if (worst > ToleranceMetres)
        {
            report.WriteLine("B10 FAILED: the coordinates disagree with PROJ beyond tolerance; the speed above does not count.");
            return 1;
        }

        return 0;
    }

    private static void WriteDoubles(string path, double[] first, double[] second)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        foreach (var value in first.Concat(second))
        {
            writer.Write(value);
        }
    }

    private static (double[] X, double[] Y) ReadDoubles(string path, int count)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = reader.ReadDouble();
        }

        for (var i = 0; i < count; i++)
        {
            y[i] = reader.ReadDouble();
        }

        return (x, y);
    }
}
