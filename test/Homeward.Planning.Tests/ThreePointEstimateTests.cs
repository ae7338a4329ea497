using Homeward.Planning.Model;

namespace Homeward.Planning.Tests;

public sealed class ThreePointEstimateTests
{
    [Fact]
    public void Sampler_SameSeed_SameSequence()
    {
        var estimate = new ThreePointEstimate(10, 25, 50);
        var first = estimate.Sampler(ThreePointEstimate.SeededRandom(7));
        var second = estimate.Sampler(ThreePointEstimate.SeededRandom(7));
        var third = estimate.Sampler(ThreePointEstimate.SeededRandom(8));

        var a = Enumerable.Range(0, 100).Select(_ => first()).ToArray();
        var b = Enumerable.Range(0, 100).Select(_ => second()).ToArray();
        var c = Enumerable.Range(0, 100).Select(_ => third()).ToArray();

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Sampler_ManyDraws_MeanAndRangeMatchPert()
    {
        var estimate = new ThreePointEstimate(10, 25, 70);
        var sample = estimate.Sampler(ThreePointEstimate.SeededRandom(1));
        var draws = Enumerable.Range(0, 200_000).Select(_ => sample()).ToArray();

        Assert.All(draws, d => Assert.InRange(d, 10, 70));
        Assert.Equal(estimate.Mean, draws.Average(), 0.1);
    }

    [Fact]
    public void Sampler_SymmetricEstimateMathNetPertRefuses_StillSamples()
    {
        var estimate = new ThreePointEstimate(0.5, 0.7, 0.9);
        var sample = estimate.Sampler(ThreePointEstimate.SeededRandom(3));

        var draws = Enumerable.Range(0, 50_000).Select(_ => sample()).ToArray();

        Assert.All(draws, d => Assert.InRange(d, 0.5, 0.9));
        Assert.Equal(0.7, draws.Average(), 0.005);
    }

    [Theory]
    [InlineData(-1, 2, 3)]
    [InlineData(5, 4, 6)]
    [InlineData(1, 2, double.NaN)]
    public void Constructor_OutOfOrder_Throws(double min, double mode, double max) =>
        Assert.Throws<ArgumentException>(() => new ThreePointEstimate(min, mode, max));
}
