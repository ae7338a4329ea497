using System.Globalization;

namespace Homeward.Benchmarks.Peers;

/// <summary>
/// Ours and the peer timed in alternation (A B A B …) after a warm-up, as the benchmark protocol asks on a noisy
/// shared machine: the ratio of each pair, then their median and range.
/// </summary>
/// <param name="Ours">Our seconds per run.</param>
/// <param name="Peer">The peer's seconds per run, paired with ours by index.</param>
internal sealed record PairedTiming(IReadOnlyList<double> Ours, IReadOnlyList<double> Peer)
{
    /// <summary>Peer time over our time for each pair: above 1 means we are faster.</summary>
    public IReadOnlyList<double> SpeedRatios => [.. Ours.Zip(Peer, (o, p) => p / o)];

    public double MedianRatio => Median(SpeedRatios);

    public double MinRatio => SpeedRatios.Min();

    public double MaxRatio => SpeedRatios.Max();

    public double MedianOursSeconds => Median(Ours);

    public double MedianPeerSeconds => Median(Peer);

    public string Describe(string workload, string peer, double units, string unitName) => string.Create(CultureInfo.InvariantCulture,
        $"{workload}: ours {units / MedianOursSeconds:N0} {unitName}/s, {peer} {units / MedianPeerSeconds:N0} {unitName}/s; " +
        $"speed ratio ours/peer median {MedianRatio:0.00} (min {MinRatio:0.00}, max {MaxRatio:0.00}, {Ours.Count} pairs)");

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
