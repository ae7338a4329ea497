namespace Homeward.Geo.Overlay;

/// <summary>
/// Overlay results and engines kept in memory by data version: an overlay is a pure function of the data, so a result stays
/// right until the data version changes. When a newer data version is seen, everything older is dropped.
/// </summary>
/// <remarks>
/// Thread-safety: every member may be called from any number of threads (the web server's requests share one cache). A value
/// is computed once per key even when several threads ask at the same time; the others wait for it. A computation that
/// throws is not cached.
/// </remarks>
public sealed class OverlayCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<OverlayCacheKey, Lazy<OverlayResult>> _results = [];
    private readonly LinkedList<OverlayCacheKey> _order = new();
    private (long DataVersion, Lazy<OverlayEngine> Engine)? _engine;
    private long _newestDataVersion = long.MinValue;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="capacity">The most results kept; the oldest added goes first. At least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    public OverlayCache(int capacity = 32)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most results kept.</summary>
    public int Capacity { get; }

    /// <summary>How many results are held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _results.Count;
            }
        }
    }

    /// <summary>The cached result for a key, or a new one computed and cached.</summary>
    /// <param name="key">What the result depends on.</param>
    /// <param name="compute">Computes it; called at most once per key while the key is cached.</param>
    /// <returns>The result.</returns>
    public OverlayResult GetOrAdd(OverlayCacheKey key, Func<OverlayResult> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        Lazy<OverlayResult> entry;
        lock (_lock)
        {
            Advance(key.DataVersion);
            if (!_results.TryGetValue(key, out entry!))
            {
                entry = new Lazy<OverlayResult>(compute, LazyThreadSafetyMode.ExecutionAndPublication);
                _results.Add(key, entry);
                _order.AddLast(key);
                while (_results.Count > Capacity && _order.First is { } oldest)
                {
                    _results.Remove(oldest.Value);
                    _order.RemoveFirst();
                }
            }
        }

        try
        {
            return entry.Value;
        }
        catch
        {
            lock (_lock)
            {
                if (_results.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
                {
                    _results.Remove(key);
                    _order.Remove(key);
                }
            }

            throw;
        }
    }

    /// <summary>The cached result for a key, if there is one.</summary>
    /// <param name="key">What the result depends on.</param>
    /// <param name="result">The result, when cached and computed.</param>
    /// <returns>Whether it was.</returns>
    public bool TryGet(OverlayCacheKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OverlayResult? result)
    {
        lock (_lock)
        {
            result = _results.TryGetValue(key, out var entry) && entry.IsValueCreated ? entry.Value : null;
            return result is not null;
        }
    }

    /// <summary>The engine for a data version (its hazards indexed once), or a new one built and kept.</summary>
    /// <param name="dataVersion">The store's data version the hazards were read at.</param>
    /// <param name="create">Builds the engine; called at most once per data version.</param>
    /// <returns>The engine.</returns>
    public OverlayEngine GetOrAddEngine(long dataVersion, Func<OverlayEngine> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        Lazy<OverlayEngine> engine;
        lock (_lock)
        {
            Advance(dataVersion);
            if (_engine is not { } held || held.DataVersion != dataVersion)
            {
                _engine = (dataVersion, new Lazy<OverlayEngine>(create, LazyThreadSafetyMode.ExecutionAndPublication));
            }

            engine = _engine.Value.Engine;
        }

        return engine.Value;
    }

    /// <summary>Drops everything.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _results.Clear();
            _order.Clear();
            _engine = null;
        }
    }

    private void Advance(long dataVersion)
    {
        if (dataVersion <= _newestDataVersion)
        {
            return;
        }

        // The data changed: results of older versions describe a past state and are dropped.
        _newestDataVersion = dataVersion;
        foreach (var stale in _results.Keys.Where(k => k.DataVersion < dataVersion).ToList())
        {
            _results.Remove(stale);
            _order.Remove(stale);
        }

        if (_engine is { } held && held.DataVersion < dataVersion)
        {
            _engine = null;
        }
    }
}
