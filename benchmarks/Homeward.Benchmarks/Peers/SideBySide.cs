using System.Globalization;

namespace Homeward.Benchmarks.Peers;

/// <summary>
/// The side-by-side comparisons: <c>peers [B1 B2 B3 B4 B9 B9-conversions B9-shp2gpkg B9-gpkg2shp B9-csv B10] [--pairs N] [--size N] [--rows N]
/// [--no-geopandas]</c> (B9 is the import; B9-conversions the three export conversions). Each workload runs ours and the peer
/// alternately on the same generated data, checks that the answers agree, and prints the median speed ratio.
/// </summary>
internal static class SideBySide
{
    public static async Task<int> RunAsync(string[] args)
    {
        var pairs = Option(args, "--pairs", 5);
        var size = Option(args, "--size", 0);
        var withGeoPandas = !args.Contains("--no-geopandas");
        var workloads = args.Where(a => a.StartsWith('B')).ToList();
        if (workloads.Count == 0)
        {
            workloads = ["B1", "B2", "B3", "B4", "B10"];
        }

        var work = Path.Combine(Path.GetTempPath(), "homeward-peers", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        PostgisPeer? postgis = null;
        try
        {
            var failures = 0;
            foreach (var workload in workloads)
            {
                if (workload == "B9")
                {
                    failures += await ImportComparison.RunAsync(work, size > 0 ? size : 600_000, Option(args, "--rows", 1_000_000), pairs, Console.Out);
                    continue;
                }

                if (workload.StartsWith("B9-", StringComparison.Ordinal))
                {
                    foreach (var conversion in workload == "B9-conversions" ? (string[])["B9-shp2gpkg", "B9-gpkg2shp", "B9-csv"] : [workload])
                    {
                        if (!B9Sizes.TryGetValue(conversion, out var b9Size))
                        {
                            failures += Unknown(conversion);
                            continue;
                        }

                        failures += new ConversionComparison(work, pairs, Console.Out).Run(conversion, size > 0 ? size : b9Size);
                    }

                    continue;
                }

                if (workload == "B10")
                {
                    failures += ReprojectionComparison.Run(work, size > 0 ? size : 2_000_000, pairs, Console.Out);
                    continue;
                }

                if (!DefaultSizes.TryGetValue(workload, out var defaultSize))
                {
                    failures += Unknown(workload);
                    continue;
                }

                if (postgis is null)
                {
                    postgis = await PostgisPeer.StartAsync();
                    Console.Out.WriteLine($"PostGIS peer: {postgis.Version}");
                }

                var comparison = new OverlayComparison(work, pairs, withGeoPandas, postgis, Console.Out);
                failures += await comparison.RunAsync(workload, size > 0 ? size : defaultSize);
            }

            return failures == 0 ? 0 : 1;
        }
        finally
        {
            if (postgis is not null)
            {
                await postgis.DisposeAsync();
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private static readonly Dictionary<string, int> DefaultSizes = new(StringComparer.Ordinal)
    {
        ["B1"] = 300_000,
        ["B2"] = 50_000,
        ["B3"] = 5_000,
        ["B4"] = 300_000,
    };

    // B9 of the performance reference: 100 K polygons Shapefile ↔ GeoPackage, CSV of 1 M rows.
    private static readonly Dictionary<string, int> B9Sizes = new(StringComparer.Ordinal)
    {
        ["B9-shp2gpkg"] = 100_000,
        ["B9-gpkg2shp"] = 100_000,
        ["B9-csv"] = 1_000_000,
    };

    private static int Unknown(string workload)
    {
        Console.Error.WriteLine($"unknown workload {workload}");
        return 1;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
