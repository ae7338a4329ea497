using System.Collections.Concurrent;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.OverlayNG;

namespace Homeward.Geo.Overlay;

/// <summary>
/// Finds which uncleared hazardous areas block which assets, and by how much. Built once from the hazards (they are
/// projected, measured, prepared, subdivided into grid cells when they have more than
/// <see cref="OverlayEngineOptions.SubdivideAboveVertices"/> vertices, and bulk-loaded into a packed R-tree), then asked about
/// any number of asset layers.
/// </summary>
/// <remarks>
/// <para>
/// Coordinates are EPSG:4326, X = longitude and Y = latitude in degrees, in and out. Areas (m²) and lengths (m) are measured
/// in WGS 84 / UTM zone <see cref="OverlayEngineOptions.UtmZone"/> (EPSG:32638 for Karabakh); intersections are computed in
/// EPSG:4326, where the data's edges are straight, and then projected, so an area equals PostGIS's
/// <c>ST_Area(ST_Transform(ST_Intersection(h.geom, a.geom), 32638))</c>. Distances for point assets are on the WGS 84 ellipsoid,
/// as PostGIS's <c>ST_DWithin</c> on <c>geography</c> measures them.
/// </para>
/// <para>
/// Per pair, the cheapest test that settles it is used: the R-tree; an inside cell of a subdivided hazard holding the asset
/// (no geometry test at all); prepared predicates on the hazard; an asset inside the hazard is blocked by its own whole area
/// (the containment shortcut); a hazard inside a polygon asset blocks its own area; only pairs whose boundaries cross are
/// intersected, with OverlayNG; a subdivided hazard is first cut down to a box around the asset without reading all its
/// vertices, keeping its own edges inside the box.
/// </para>
/// <para>Thread-safety: an engine is immutable once built; every method may be called from any number of threads.</para>
/// </remarks>
public sealed class OverlayEngine
{
    private readonly IndexedHazard[] _hazards;
    private readonly IReadOnlyList<OverlayHazard> _sources;
    private readonly ConcurrentBag<OverlayWorker> _workers = [];
    private readonly ConcurrentDictionary<HazardSetKey, double> _unionAreas = new();

    /// <summary>Builds the engine from the hazards; only uncleared ones (open or in progress) with a geometry are kept.</summary>
    /// <param name="hazards">The hazards, in any order; closed, released and handed-over ones are ignored.</param>
    /// <param name="options">How to prepare them, or <see langword="null"/> for <see cref="OverlayEngineOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An uncleared hazard's geometry is not a polygon or multipolygon.</exception>
    public OverlayEngine(IEnumerable<OverlayHazard> hazards, OverlayEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hazards);
        Options = options ?? OverlayEngineOptions.Default;
        Options.Validate();
        var kept = hazards.Where(h => h.IsUncleared && h.Geometry is { IsEmpty: false }).ToArray();
        foreach (var h in kept)
        {
            if (h.Geometry is not (Polygon or MultiPolygon))
            {
                throw new ArgumentException($"Hazard {h.Code} has a {h.Geometry!.GeometryType}; a hazard's perimeter is a polygon or multipolygon.", nameof(hazards));
            }
        }

        _hazards = new IndexedHazard[kept.Length];
        Parallel.For(
            0,
            kept.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Options.DegreeOfParallelism },
            () => new UtmMetricMeasure(Options.UtmZone, Options.North),
            (i, _, measure) =>
            {
                var source = kept[i];
                var geometry = source.Geometry!;
                var hazard = new IndexedHazard(source, geometry, measure.ToProjected(geometry));
                var subdivided = geometry.NumPoints > Options.SubdivideAboveVertices;
                hazard.Cells = subdivided ? HazardGrid.Cells(geometry, new IndexedPointInAreaLocator(geometry)) : [(geometry.EnvelopeInternal, false)];
                hazard.Window = subdivided ? new HazardWindow(geometry) : null;
                _hazards[i] = hazard;
                return measure;
            },
            _ => { });

        _sources = Array.AsReadOnly(_hazards.Select(h => h.Source).ToArray());
        var entries = _hazards.Sum(h => h.Cells.Count);
        EntryHazard = new int[entries];
        EntryEnvelope = new Envelope[entries];
        EntryInterior = new bool[entries];
        Index = new STRtree<int>();
        var next = 0;
        for (var h = 0; h < _hazards.Length; h++)
        {
            foreach (var (envelope, interior) in _hazards[h].Cells)
            {
                EntryHazard[next] = h;
                EntryEnvelope[next] = envelope;
                EntryInterior[next] = interior;
                Index.Insert(envelope, next);
                next++;
            }
        }

        // Bulk-load (sort-tile-recursive packing) now, so that queries from several threads only read.
        Index.Build();
    }

    /// <summary>The options the engine was built with.</summary>
    public OverlayEngineOptions Options { get; }

    /// <summary>The uncleared hazards the engine holds, in the order given.</summary>
    public IReadOnlyList<OverlayHazard> Hazards => _sources;

    /// <summary>How many entries the R-tree holds: one per small hazard, and the cells of each subdivided one.</summary>
    public int IndexEntryCount => EntryHazard.Length;

    internal STRtree<int> Index { get; }

    /// <summary>The hazard of each index entry; the entries of one hazard are consecutive.</summary>
    internal int[] EntryHazard { get; }

    internal Envelope[] EntryEnvelope { get; }

    /// <summary>Whether each entry is a run of cells wholly inside its hazard.</summary>
    internal bool[] EntryInterior { get; }

    /// <summary>The area of one uncleared hazard in m² (UTM), or <see langword="null"/> when the engine does not hold it.</summary>
    /// <param name="code">The hazard's code.</param>
    /// <returns>The area.</returns>
    public double? HazardAreaSquareMetres(string code) =>
        _hazards.FirstOrDefault(h => string.Equals(h.Source.Code, code, StringComparison.Ordinal))?.AreaSquareMetres;

    /// <summary>The hazards blocking one asset.</summary>
    /// <param name="asset">The asset.</param>
    /// <param name="parameters">The radius for points; <see langword="null"/> for <see cref="OverlayParameters.Containment"/>.</param>
    /// <returns>The asset with its blockages.</returns>
    /// <exception cref="ArgumentException">The asset's geometry is empty or a mixed collection.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The radius is out of range.</exception>
    public BlockedAsset ComputeAsset(OverlayAsset asset, OverlayParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(asset);
        parameters ??= OverlayParameters.Containment;
        parameters.Validate();
        var worker = Rent();
        try
        {
            return worker.Compute(asset, parameters).Asset;
        }
        finally
        {
            _workers.Add(worker);
        }
    }

    /// <summary>What blocks what in a layer of assets, in both directions.</summary>
    /// <param name="assets">The assets; ids should be unique.</param>
    /// <param name="parameters">The radius for points; <see langword="null"/> for <see cref="OverlayParameters.Containment"/>.</param>
    /// <param name="degreeOfParallelism">How many threads share the assets, at least 1 (2 on our machines).</param>
    /// <param name="cancellationToken">Cancels the computation between assets.</param>
    /// <returns>The result, which is a pure function of the hazards, assets and parameters.</returns>
    /// <exception cref="ArgumentException">An asset's geometry is empty or a mixed collection.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The radius or the degree of parallelism is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public OverlayResult Compute(
        IReadOnlyList<OverlayAsset> assets, OverlayParameters? parameters = null, int degreeOfParallelism = 2, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        parameters ??= OverlayParameters.Containment;
        parameters.Validate();
        foreach (var asset in assets)
        {
            // Refused here, on the caller's thread, rather than wrapped in an AggregateException by the parallel loop.
            ArgumentNullException.ThrowIfNull(asset, nameof(assets));
            _ = OverlayAsset.ShapeOf(asset.Geometry);
        }

        var results = new (BlockedAsset Asset, int[] Hazards)[assets.Count];
        var used = new ConcurrentBag<OverlayWorker>();

        // Small chunks handed out on demand keep both threads busy when a few assets cost far more than the rest.
        var chunk = Math.Clamp(assets.Count / (degreeOfParallelism * 16), 1, 256);
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, assets.Count, chunk),
            new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism, CancellationToken = cancellationToken },
            () => new OverlayWorker(this),
            (range, _, worker) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    results[i] = worker.Compute(assets[i], parameters);
                }

                return worker;
            },
            used.Add);

        var statistics = new OverlayStatistics(
            used.Sum(w => w.CandidatePairs), used.Sum(w => w.WhollyInsidePairs), used.Sum(w => w.InsideCellPairs),
            used.Sum(w => w.HazardInsidePairs), used.Sum(w => w.OverlayPairs), used.Sum(w => w.BlockedPairs), IndexEntryCount);
        return OverlaySummary.Build(parameters, _hazards, results, statistics);
    }

    internal IndexedHazard HazardAt(int index) => _hazards[index];

    /// <summary>The area in m² of the union of some hazards, cached per set: neighbouring assets are often blocked by the same ones.</summary>
    internal double UnionAreaSquareMetres(int[] hazards, OverlayWorker worker)
    {
        switch (hazards.Length)
        {
            case 0:
                return 0;
            case 1:
                return _hazards[hazards[0]].AreaSquareMetres;
        }

        var sorted = hazards.Order().ToArray();
        return MayOverlap(sorted)
            ? _unionAreas.GetOrAdd(new HazardSetKey(sorted), key => worker.Measure.AreaSquareMetres(UnionOf(key.Hazards)))
            : sorted.Sum(h => _hazards[h].AreaSquareMetres);
    }

    /// <summary>Whether any two of the hazards meet (envelopes first, then the prepared geometry); if none do, their areas and
    /// their parts of an asset simply add up.</summary>
    internal bool MayOverlap(int[] hazards)
    {
        for (var i = 0; i < hazards.Length; i++)
        {
            for (var j = i + 1; j < hazards.Length; j++)
            {
                var (a, b) = (_hazards[hazards[i]], _hazards[hazards[j]]);
                if (a.Envelope.Intersects(b.Envelope) && a.Prepared.Intersects(b.Geometry))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The union of some hazards (ascending engine indexes), EPSG:4326.</summary>
    private Geometry UnionOf(int[] sortedHazards) =>
        OverlayNGRobust.Union(_hazards[0].Geometry.Factory.BuildGeometry(sortedHazards.Select(h => _hazards[h].Geometry).ToArray()));

    private OverlayWorker Rent() => _workers.TryTake(out var worker) ? worker : new OverlayWorker(this);
}
