using Homeward.Geo.Overlay;

namespace Homeward.Geo.Tests.Overlay;

public sealed class OverlayCacheTests
{
    private static readonly OverlayResult Empty = new(OverlayParameters.Containment, [], [], new OverlayStatistics(0, 0, 0, 0, 0, 0, 0));

    [Fact]
    public void GetOrAdd_SameKey_ComputesOnce()
    {
        var cache = new OverlayCache();
        var calls = 0;

        var first = cache.GetOrAdd(new OverlayCacheKey(7, "settlements", new OverlayParameters(1000)), () => { calls++; return Empty; });
        var second = cache.GetOrAdd(new OverlayCacheKey(7, "settlements", new OverlayParameters(1000)), () => { calls++; return Empty; });

        Assert.Same(first, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void GetOrAdd_OtherParametersOrLayer_ComputesAgain()
    {
        var cache = new OverlayCache();

        cache.GetOrAdd(new OverlayCacheKey(7, "settlements", new OverlayParameters(1000)), () => Empty);
        cache.GetOrAdd(new OverlayCacheKey(7, "settlements", new OverlayParameters(500)), () => Empty);
        cache.GetOrAdd(new OverlayCacheKey(7, "file:AB12", new OverlayParameters(1000)), () => Empty);

        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void GetOrAdd_NewerDataVersion_DropsOlderResultsAndEngine()
    {
        var cache = new OverlayCache();
        var old = new OverlayCacheKey(7, "settlements", OverlayParameters.Settlements);
        cache.GetOrAdd(old, () => Empty);
        var engine = cache.GetOrAddEngine(7, () => new OverlayEngine([]));

        cache.GetOrAdd(old with { DataVersion = 8 }, () => Empty);

        Assert.False(cache.TryGet(old, out _));
        Assert.Equal(1, cache.Count);
        Assert.NotSame(engine, cache.GetOrAddEngine(8, () => new OverlayEngine([])));
    }

    [Fact]
    public void GetOrAdd_ComputationThrows_IsNotCached()
    {
        var cache = new OverlayCache();
        var key = new OverlayCacheKey(7, "settlements", OverlayParameters.Settlements);

        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd(key, () => throw new InvalidOperationException("boom")));
        var result = cache.GetOrAdd(key, () => Empty);

        Assert.Same(Empty, result);
    }

    [Fact]
    public void GetOrAdd_BeyondCapacity_DropsTheOldest()
    {
        var cache = new OverlayCache(capacity: 2);

        for (var radius = 1; radius <= 3; radius++)
        {
            cache.GetOrAdd(new OverlayCacheKey(7, "settlements", new OverlayParameters(radius)), () => Empty);
        }

        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet(new OverlayCacheKey(7, "settlements", new OverlayParameters(1)), out _));
    }
}
