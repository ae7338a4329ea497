using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Homeward.Geo.Overlay;

/// <summary>
/// The per-thread part of an overlay: its own UTM measure (ProjNET transforms are not thread-safe), candidate buffer and
/// counters. One asset at a time, against the engine's shared, read-only hazards.
/// </summary>
internal sealed class OverlayWorker : IItemVisitor<int>
{
    private readonly OverlayEngine _engine;
    private readonly List<int> _candidates = [];
    private readonly List<Found> _found = [];

    public OverlayWorker(OverlayEngine engine)
    {
        _engine = engine;
        Measure = new UtmMetricMeasure(engine.Options.UtmZone, engine.Options.North);
    }

    public UtmMetricMeasure Measure { get; }

    public long CandidatePairs { get; private set; }

    public long WhollyInsidePairs { get; private set; }

    public long InsideCellPairs { get; private set; }

    public long HazardInsidePairs { get; private set; }

    public long OverlayPairs { get; private set; }

    public long BlockedPairs { get; private set; }

    void IItemVisitor<int>.VisitItem(int item) => _candidates.Add(item);

    /// <summary>The blockages of one asset, and the engine indexes of the hazards behind them, in the same order.</summary>
    public (BlockedAsset Asset, int[] Hazards) Compute(OverlayAsset asset, OverlayParameters parameters)
    {
        var geometry = asset.Geometry;
        var shape = OverlayAsset.ShapeOf(geometry);

        // Each asset is projected once; pairs only project what they newly create (an intersection).
        var projected = Measure.ToProjected(geometry);
        double? area = shape == AssetShape.Polygon ? projected.Area : null;
        double? length = shape == AssetShape.Line ? projected.Length : null;
        var envelope = geometry.EnvelopeInternal;
        var radius = shape == AssetShape.Point ? parameters.PointRadiusMetres : 0;
        var query = envelope;
        if (radius > 0)
        {
            var (dx, dy) = EllipsoidalDistance.EnvelopeMargin(radius, envelope.Centre.Y);
            query = new Envelope(envelope.MinX - dx, envelope.MaxX + dx, envelope.MinY - dy, envelope.MaxY + dy);
        }

        _candidates.Clear();
        _found.Clear();
        _engine.Index.Query(query, this);

        // The entries of one hazard have consecutive numbers, so sorting groups them.
        _candidates.Sort();
        IPreparedGeometry? preparedAsset = null;
        for (var i = 0; i < _candidates.Count;)
        {
            var hazardIndex = _engine.EntryHazard[_candidates[i]];
            var end = i + 1;
            var insideCell = false;
            for (var j = i; j < _candidates.Count && _engine.EntryHazard[_candidates[j]] == hazardIndex; j++, end = j)
            {
                var entry = _candidates[j];
                insideCell |= _engine.EntryInterior[entry] && _engine.EntryEnvelope[entry].Contains(envelope);
            }

            CandidatePairs++;
            var hazard = _engine.HazardAt(hazardIndex);
            var found = shape == AssetShape.Point
                ? Point(asset, projected, hazard, hazardIndex, insideCell, radius)
                : Overlap(asset, shape, area ?? length ?? 0, hazard, hazardIndex, insideCell, ref preparedAsset);
            if (found is { } f)
            {
                BlockedPairs++;
                _found.Add(f);
            }

            i = end;
        }

        _found.Sort(static (a, b) =>
        {
            var byAmount = a.Blockage.Shape == AssetShape.Point
                ? a.Blockage.DistanceMetres!.Value.CompareTo(b.Blockage.DistanceMetres!.Value)
                : b.Blockage.Amount.CompareTo(a.Blockage.Amount);
            return byAmount != 0 ? byAmount : string.CompareOrdinal(a.Blockage.HazardCode, b.Blockage.HazardCode);
        });

        var (blockedSquareMetres, blockedMetres, share) = Totals(geometry, shape, area, length);
        var blockages = _found.Select(f => f.Blockage).ToArray();
        var hazards = _found.Select(f => f.Hazard).ToArray();
        return (new BlockedAsset(asset, shape, area, length, blockages, blockedSquareMetres, blockedMetres, share,
            _engine.UnionAreaSquareMetres(hazards, this)), hazards);
    }

    private Found? Overlap(
        OverlayAsset asset, AssetShape shape, double assetMeasure, IndexedHazard hazard, int hazardIndex, bool insideCell,
        ref IPreparedGeometry? preparedAsset)
    {
        var geometry = asset.Geometry;
        var envelope = geometry.EnvelopeInternal;

        // The containment shortcut: an asset inside the hazard is blocked by its own whole area or length. Inside a cell that
        // lies wholly inside, that takes no geometry test at all.
        if (insideCell || (hazard.Envelope.Contains(envelope) && hazard.Prepared.ContainsProperly(geometry)))
        {
            WhollyInsidePairs++;
            InsideCellPairs += insideCell ? 1 : 0;
            return new Found(hazardIndex, Blocked(asset, shape, hazard, assetMeasure, assetMeasure, whollyInside: true));
        }

        if (!hazard.Prepared.Intersects(geometry))
        {
            return null;
        }

        if (shape == AssetShape.Polygon && envelope.Contains(hazard.Envelope))
        {
            preparedAsset ??= PreparedGeometryFactory.Prepare(geometry);
            if (preparedAsset.ContainsProperly(hazard.Geometry))
            {
                HazardInsidePairs++;
                return new Found(hazardIndex, Blocked(asset, shape, hazard, hazard.AreaSquareMetres, assetMeasure, whollyInside: false));
            }
        }

        // Boundaries cross: intersect in EPSG:4326, as the data's edges are straight in degrees (and PostGIS's ST_Intersection
        // works there too), then measure the new geometry in UTM. The hazard's own edges are used, never its grid cells, so no
        // cut vertex enters the measured geometry; a subdivided hazard is first cut to a box around the asset, whose edges
        // stay clear of the asset, so the cut does not reach the result either.
        OverlayPairs++;
        var target = Near(hazard, Box(envelope));
        var intersection = OverlayNGRobust.Overlay(target, geometry, SpatialFunction.Intersection);
        var measure = Measured(shape, intersection);
        return measure > 0
            ? new Found(hazardIndex, Blocked(asset, shape, hazard, measure, assetMeasure, whollyInside: false))
            : null;
    }

    private Found? Point(OverlayAsset asset, Geometry projected, IndexedHazard hazard, int hazardIndex, bool insideCell, double radius)
    {
        var geometry = asset.Geometry;
        if (insideCell || hazard.Prepared.Intersects(geometry))
        {
            // Inside or on the edge. A multipoint counts when any of its points does.
            WhollyInsidePairs++;
            InsideCellPairs += insideCell ? 1 : 0;
            return new Found(hazardIndex, new Blockage(asset.Id, hazard.Source.Code, AssetShape.Point, null, null, 0, 1,
                insideCell || hazard.Prepared.Covers(geometry), hazard.AreaSquareMetres));
        }

        if (radius <= 0)
        {
            return null;
        }

        // UTM distances are within 0.1% of the ellipsoid's here; the exact figure is only worth computing near the radius.
        var distanceIndex = hazard.ProjectedDistance;
        if (!distanceIndex.IsWithinDistance(projected, (radius * 1.002) + 1e-6))
        {
            return null;
        }

        var nearest = distanceIndex.NearestPoints(projected);
        var onHazard = Measure.ToWgs84(nearest[0]);
        var onAsset = Measure.ToWgs84(nearest[1]);
        var distance = EllipsoidalDistance.Metres(onAsset.X, onAsset.Y, onHazard.X, onHazard.Y);
        return distance <= radius
            ? new Found(hazardIndex, new Blockage(asset.Id, hazard.Source.Code, AssetShape.Point, null, null, distance, 1, false,
                hazard.AreaSquareMetres))
            : null;
    }

    private (double? SquareMetres, double? Metres, double Share) Totals(Geometry asset, AssetShape shape, double? area, double? length)
    {
        if (shape == AssetShape.Point)
        {
            return (null, null, _found.Count > 0 ? 1 : 0);
        }

        var whole = area ?? length ?? 0;
        double blocked;
        if (_found.Count == 0)
        {
            blocked = 0;
        }
        else if (_found.Exists(f => f.Blockage.WhollyInside))
        {
            blocked = whole;
        }
        else
        {
            var hazards = _found.Select(f => f.Hazard).Order().ToArray();
            if (!_engine.MayOverlap(hazards))
            {
                blocked = _found.Sum(f => f.Blockage.Amount);
            }
            else
            {
                // Hazards that overlap each other would count their common part twice: intersect the asset with their union
                // instead, as PostGIS's ST_Intersection(a, ST_Union(h)) does. Only the hazards' parts in a box around the
                // asset are united, which is cheap and changes nothing the asset meets. Uniting the pairwise intersections
                // would not do: the vertices where one hazard's edge crosses the asset's inside another are left on the
                // asset's edge, and lines' computed vertices are not exactly collinear, so their overlaps do not merge.
                var box = Box(asset.EnvelopeInternal);
                var boxGeometry = asset.Factory.ToGeometry(box);
                var parts = hazards.Select(h => OverlayNGRobust.Overlay(Near(_engine.HazardAt(h), box), boxGeometry, SpatialFunction.Intersection)).ToArray();
                var union = OverlayNGRobust.Union(asset.Factory.BuildGeometry(parts));
                blocked = Measured(shape, OverlayNGRobust.Overlay(asset, union, SpatialFunction.Intersection));
            }
        }

        var share = whole > 0 ? Math.Min(1, blocked / whole) : 0;
        return shape == AssetShape.Polygon ? (blocked, null, share) : (null, blocked, share);
    }

    /// <summary>A box around an asset whose sides keep clear of it, so that nothing cut along them reaches a result.</summary>
    private static Envelope Box(Envelope asset)
    {
        var margin = Math.Max(Math.Max(asset.Width, asset.Height) / 4, 1e-7);
        return new Envelope(asset.MinX - margin, asset.MaxX + margin, asset.MinY - margin, asset.MaxY + margin);
    }

    /// <summary>The hazard as far as an overlay inside the box needs it: a subdivided hazard cut to the box, else the whole.</summary>
    private static Geometry Near(IndexedHazard hazard, Envelope box) => hazard.Window?.Around(box) ?? hazard.Geometry;

    private double Measured(AssetShape shape, Geometry intersection) =>
        intersection.IsEmpty ? 0
        : shape == AssetShape.Polygon ? Measure.AreaSquareMetres(intersection)
        : Measure.LengthMetres(intersection);

    private static Blockage Blocked(OverlayAsset asset, AssetShape shape, IndexedHazard hazard, double measure, double assetMeasure, bool whollyInside)
    {
        var share = assetMeasure > 0 ? Math.Min(1, measure / assetMeasure) : 0;
        return shape == AssetShape.Polygon
            ? new Blockage(asset.Id, hazard.Source.Code, shape, measure, null, null, share, whollyInside, hazard.AreaSquareMetres)
            : new Blockage(asset.Id, hazard.Source.Code, shape, null, measure, null, share, whollyInside, hazard.AreaSquareMetres);
    }

    /// <summary>A blockage found, with the hazard's engine index.</summary>
    private readonly record struct Found(int Hazard, Blockage Blockage);
}
