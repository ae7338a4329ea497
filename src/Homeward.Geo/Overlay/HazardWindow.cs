using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace Homeward.Geo.Overlay;

/// <summary>
/// The part of a hazard with many vertices that lies in a box around one asset, cut without reading all its vertices, so that a
/// crossing pair costs what the neighbourhood costs rather than what the whole perimeter does. Inside the box the cut hazard
/// has exactly the hazard's own edges, so intersecting the asset with it gives the intersection with the whole hazard.
/// </summary>
/// <remarks>
/// <para>
/// Each ring is held in chunks of consecutive edges with their envelopes. Outside the box the nine Cohen–Sutherland regions
/// are convex, so a run of vertices in one outside region can be replaced by its first and last vertex without crossing the
/// box, without changing which points of the box the ring encloses (the loop it cuts off lies in a convex set away from the
/// box), and without changing the ring's part in a box clip. A chunk whose envelope lies in one outside region shrinks to its
/// two end vertices without being read. Chunks that meet the box are kept whole. The shrunken ring is then clipped to the box
/// with OverlayNG's own <see cref="RingClipper"/>, exactly as OverlayNG clips its inputs before noding (the shrinking changes
/// nothing in that clip), and the result is what OverlayNG would have noded had it been given the whole hazard. The clipped
/// ring may run back and forth along the box's sides, which OverlayNG handles as it does its own clips; its orientation is
/// checked against the whole ring's, and any doubt sends the pair to the whole hazard.
/// </para>
/// <para>Thread-safety: immutable once built; <see cref="Around"/> may be called from any number of threads.</para>
/// </remarks>
internal sealed class HazardWindow
{
    private const int ChunkEdges = 32;
    private readonly Geometry _hazard;
    private readonly RingChunks[][] _polygons;

    public HazardWindow(Geometry hazard)
    {
        _hazard = hazard;
        _polygons = new RingChunks[hazard.NumGeometries][];
        for (var p = 0; p < hazard.NumGeometries; p++)
        {
            var polygon = (Polygon)hazard.GetGeometryN(p);
            _polygons[p] = [new RingChunks(polygon.Shell), .. polygon.Holes.Select(h => new RingChunks(h))];
        }
    }

    /// <summary>The hazard clipped to a box, or <see langword="null"/> when the shortcut cannot vouch for the result (the caller
    /// then uses the whole hazard).</summary>
    /// <param name="box">The box, EPSG:4326; the asset must lie strictly inside it.</param>
    /// <returns>A polygonal geometry with the hazard's edges inside the box, for OverlayNG only: it may be degenerate along the
    /// box's sides.</returns>
    public Geometry? Around(Envelope box)
    {
        var factory = _hazard.Factory;
        var clipper = new RingClipper(box);
        var polygons = new List<Polygon>();
        foreach (var rings in _polygons)
        {
            if (!rings[0].Envelope.Intersects(box))
            {
                continue;
            }

            var shell = rings[0].Clipped(box, clipper, factory, out var doubtful);
            if (doubtful)
            {
                return null;
            }

            if (shell is null)
            {
                continue;
            }

            var holes = new List<LinearRing>();
            for (var h = 1; h < rings.Length; h++)
            {
                // A hole away from the box changes nothing inside it.
                if (rings[h].Envelope.Intersects(box))
                {
                    var hole = rings[h].Clipped(box, clipper, factory, out doubtful);
                    if (doubtful)
                    {
                        return null;
                    }

                    if (hole is not null)
                    {
                        holes.Add(hole);
                    }
                }
            }

            polygons.Add(factory.CreatePolygon(shell, [.. holes]));
        }

        return polygons.Count switch
        {
            0 => factory.CreatePolygon(),
            1 => polygons[0],
            _ => factory.CreateMultiPolygon([.. polygons]),
        };
    }

    /// <summary>One ring in chunks of <see cref="ChunkEdges"/> edges.</summary>
    private sealed class RingChunks
    {
        private readonly Coordinate[] _points;
        private readonly Envelope[] _chunks;
        private readonly bool _counterClockwise;

        public RingChunks(LinearRing ring)
        {
            _points = ring.Coordinates;
            Envelope = ring.EnvelopeInternal;
            _counterClockwise = Orientation.IsCCW(_points);
            var edges = _points.Length - 1;
            _chunks = new Envelope[(edges + ChunkEdges - 1) / ChunkEdges];
            for (var c = 0; c < _chunks.Length; c++)
            {
                var chunk = new Envelope();
                for (var i = c * ChunkEdges; i <= Math.Min((c + 1) * ChunkEdges, edges); i++)
                {
                    chunk.ExpandToInclude(_points[i]);
                }

                _chunks[c] = chunk;
            }
        }

        public Envelope Envelope { get; }

        /// <summary>The ring clipped to the box, or <see langword="null"/> when nothing of it is inside.</summary>
        /// <param name="box">The box.</param>
        /// <param name="clipper">The box's clipper.</param>
        /// <param name="factory">Makes the ring.</param>
        /// <param name="doubtful">Set when the clipped ring's orientation is not the whole ring's.</param>
        public LinearRing? Clipped(Envelope box, RingClipper clipper, GeometryFactory factory, out bool doubtful)
        {
            doubtful = false;
            if (box.Covers(Envelope))
            {
                return factory.CreateLinearRing(_points);
            }

            var kept = new List<Coordinate>(64);
            var regions = new List<int>(64);
            var edges = _points.Length - 1;
            for (var c = 0; c < _chunks.Length; c++)
            {
                var (from, to) = (c * ChunkEdges, Math.Min((c + 1) * ChunkEdges, edges));
                var whole = _chunks[c].Intersects(box);
                var region = Region(_chunks[c].MinX, _chunks[c].MinY, box);
                if (!whole && region != 0 && region == Region(_chunks[c].MaxX, _chunks[c].MaxY, box))
                {
                    // The whole chunk lies in one region outside the box: its end vertices stand for it.
                    Add(kept, regions, _points[from], box);
                    continue;
                }

                for (var i = from; i < to; i++)
                {
                    if (whole || i == 0 || !Droppable(i, box))
                    {
                        Add(kept, regions, _points[i], box);
                    }
                }
            }

            Add(kept, regions, _points[edges], box);
            var clipped = clipper.Clip([.. kept]);
            if (clipped.Length < 4)
            {
                return null;
            }

            if (!clipped[0].Equals2D(clipped[^1]))
            {
                clipped = [.. clipped, clipped[0].Copy()];
            }

            // NetTopologySuite's signed ring area is positive for clockwise rings. No area in the box: nothing of it is inside.
            var signedArea = NetTopologySuite.Algorithm.Area.OfRingSigned(clipped);
            if (signedArea == 0)
            {
                return null;
            }

            doubtful = Orientation.IsCCW(clipped) != _counterClockwise || (signedArea < 0) != _counterClockwise;
            return doubtful ? null : factory.CreateLinearRing(clipped);
        }

        /// <summary>Whether a vertex and both its neighbours lie in the same region outside the box.</summary>
        private bool Droppable(int i, Envelope box)
        {
            var region = Region(_points[i].X, _points[i].Y, box);
            return region != 0
                && region == Region(_points[i - 1].X, _points[i - 1].Y, box)
                && region == Region(_points[i + 1].X, _points[i + 1].Y, box);
        }

        /// <summary>Appends a vertex; a third vertex in a row in the same outside region replaces the second, as the path
        /// between them never left that region.</summary>
        private static void Add(List<Coordinate> kept, List<int> regions, Coordinate point, Envelope box)
        {
            if (kept.Count > 0 && kept[^1].Equals2D(point))
            {
                return;
            }

            var region = Region(point.X, point.Y, box);
            if (region != 0 && kept.Count >= 2 && regions[^1] == region && regions[^2] == region)
            {
                kept[^1] = point;
                return;
            }

            kept.Add(point);
            regions.Add(region);
        }

        /// <summary>The Cohen–Sutherland outcode of a position: 0 inside the box (edges included), else which sides it is beyond.</summary>
        private static int Region(double x, double y, Envelope box) =>
            (x < box.MinX ? 1 : 0) | (x > box.MaxX ? 2 : 0) | (y < box.MinY ? 4 : 0) | (y > box.MaxY ? 8 : 0);
    }
}
