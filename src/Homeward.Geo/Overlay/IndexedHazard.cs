using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Distance;

namespace Homeward.Geo.Overlay;

/// <summary>One uncleared hazard as the engine holds it: prepared once, measured once, shared read-only by every thread.</summary>
internal sealed class IndexedHazard
{
    private readonly Lazy<IndexedFacetDistance> _projectedDistance;

    public IndexedHazard(OverlayHazard source, Geometry geometry, Geometry projected)
    {
        Source = source;
        Geometry = geometry;
        Envelope = geometry.EnvelopeInternal;
        Prepared = PreparedGeometryFactory.Prepare(geometry);
        AreaSquareMetres = projected.Area;

        // Only radius queries need distances; most layers never ask, so the facet index is built on first use.
        _projectedDistance = new Lazy<IndexedFacetDistance>(() => new IndexedFacetDistance(projected), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public OverlayHazard Source { get; }

    /// <summary>The perimeter, EPSG:4326.</summary>
    public Geometry Geometry { get; }

    public Envelope Envelope { get; }

    /// <summary>The whole perimeter prepared (thread-safe, as NTS documents for prepared polygons).</summary>
    public IPreparedGeometry Prepared { get; }

    /// <summary>The area in m², in the engine's UTM zone.</summary>
    public double AreaSquareMetres { get; }

    /// <summary>Distances to the perimeter in the engine's UTM zone, metres.</summary>
    public IndexedFacetDistance ProjectedDistance => _projectedDistance.Value;

    /// <summary>Cuts a subdivided hazard down to a box around an asset; <see langword="null"/> for small hazards.</summary>
    public HazardWindow? Window { get; set; }

    /// <summary>The hazard's index entries: its envelope when small, else its grid's boundary cells and runs of inside cells.</summary>
    public IReadOnlyList<(Envelope Envelope, bool Interior)> Cells { get; set; } = [];
}
