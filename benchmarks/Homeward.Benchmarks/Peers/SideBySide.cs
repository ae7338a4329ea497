using System.Globalization;

namespace Homeward.Benchmarks.Peers;

/// <summary>
/// The side-by-side comparisons: <c>peers [B10 ...] [--pairs N] [--size N]</c>. Each workload runs ours and the peer
/// alternately on the same generated data, checks that the answers agree, and prints the median speed ratio.
/// </summary>
internal static class SideBySide
{
    public static int Run(string[] args)
    {
        var pairs = Option(args, "--pairs", 5);
        var size = Option(args, "--size", 2_000_000);
        var workloads = args.Where(a => a.StartsWith('B')).ToList();
        if (workloads.Count == 0)
        {
            workloads = ["B10"];
        }

        var work = Path.Combine(Path.GetTempPath(), "homeward-peers", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var failures = 0;
            foreach (var workload in workloads)
            {
                failures += workload switch
                {
                    "B10" => ReprojectionComparison.Run(work, size, pairs, Console.Out),
                    _ => Unknown(workload),
                };
            }

            return failures == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

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
