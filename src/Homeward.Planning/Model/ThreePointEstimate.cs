using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Homeward.Planning.Model;

/// <summary>
/// A three-point estimate (minimum, most likely, maximum) of a positive quantity such as m² per team-day,
/// sampled as a BetaPERT distribution (λ = 4).
/// </summary>
public sealed record ThreePointEstimate
{
    /// <summary>Creates an estimate; the values must satisfy 0 ≤ minimum ≤ mostLikely ≤ maximum.</summary>
    public ThreePointEstimate(double minimum, double mostLikely, double maximum)
    {
        if (!(minimum >= 0 && minimum <= mostLikely && mostLikely <= maximum) || double.IsInfinity(maximum))
        {
            throw new ArgumentException(
                $"A three-point estimate needs 0 ≤ minimum ≤ most likely ≤ maximum; got {minimum}, {mostLikely}, {maximum}.");
        }

        Minimum = minimum;
        MostLikely = mostLikely;
        Maximum = maximum;
    }

    /// <summary>The smallest plausible value.</summary>
    public double Minimum { get; }

    /// <summary>The most likely value (the mode).</summary>
    public double MostLikely { get; }

    /// <summary>The largest plausible value.</summary>
    public double Maximum { get; }

    /// <summary>The BetaPERT mean, (min + 4·mode + max) / 6.</summary>
    public double Mean => (Minimum + (4 * MostLikely) + Maximum) / 6;

    /// <summary>A fixed value (minimum = most likely = maximum).</summary>
    public static ThreePointEstimate Exactly(double value) => new(value, value, value);

    /// <summary>Scales all three points by a factor.</summary>
    public ThreePointEstimate Scale(double factor) => new(Minimum * factor, MostLikely * factor, Maximum * factor);

    /// <summary>
    /// A sampler drawing from the BetaPERT distribution with the given random source. A degenerate estimate
    /// (minimum = maximum) always returns its value.
    /// </summary>
    public Func<double> Sampler(System.Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (Maximum - Minimum <= 0)
        {
            var value = MostLikely;
            return () => value;
        }

        // BetaPERT (λ = 4) is Beta(α, β) scaled to [min, max]. MathNet's BetaScaled.PERT refuses some valid
        // estimates (e.g. 0.5, 0.7, 0.9), so the shape parameters are computed here; and since BetaScaled's
        // constructor ignores its random source in some MathNet versions, the source is set afterwards.
        var range = Maximum - Minimum;
        var pert = new BetaScaled(1 + (4 * (MostLikely - Minimum) / range), 1 + (4 * (Maximum - MostLikely) / range), Minimum, range)
        {
            RandomSource = random,
        };
        return pert.Sample;
    }

    /// <summary>A seeded, reproducible random source for Monte Carlo runs.</summary>
    public static System.Random SeededRandom(int seed) => new Xoshiro256StarStar(seed, threadSafe: false);
}
