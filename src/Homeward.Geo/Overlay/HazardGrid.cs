using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.Overlay;

/// <summary>
/// Subdivides a hazard with many vertices for the spatial index and the predicates: its envelope is laid with a grid, each
/// cell that an edge may cross is a boundary cell, and every other cell lies wholly inside or wholly outside, told by one
/// point-in-polygon test of its centre. Inside cells (merged into rectangles) become index entries on which containment needs
/// no geometry test at all; outside cells are dropped, so the index no longer answers for the hazard's whole envelope.
/// </summary>
/// <remarks>
/// Unlike PostGIS's <c>ST_Subdivide</c> it clips nothing: building is linear in the vertices (no overlay), and the cells are
/// only ever used to decide, never to measure, so no cut vertex can reach a measured area.
/// </remarks>
internal static class HazardGrid
{
    /// <summary>The cells of a polygonal hazard, EPSG:4326.</summary>
    /// <param name="hazard">A valid polygon or multipolygon.</param>
    /// <param name="locator">Point location against the hazard.</param>
    /// <returns>Boundary cells (<c>Interior</c> false) and runs of inside cells (<c>Interior</c> true).</returns>
    public static List<(Envelope Envelope, bool Interior)> Cells(Geometry hazard, IPointOnGeometryLocator locator)
    {
        var envelope = hazard.EnvelopeInternal;

        // About sqrt(n)/4 cells a side: a compact shape then has some 3·sqrt(n) boundary cells of a few dozen vertices each.
        var perSide = Math.Clamp(Math.Sqrt(hazard.NumPoints) / 4, 2, 256);
        var size = Math.Sqrt(envelope.Width * envelope.Height) / perSide;
        if (!(size > 0))
        {
            size = Math.Max(envelope.Width, envelope.Height) / perSide;
        }

        var columns = Math.Clamp((int)Math.Ceiling(envelope.Width / size), 1, 512);
        var rows = Math.Clamp((int)Math.Ceiling(envelope.Height / size), 1, 512);
        var (width, height) = (envelope.Width / columns, envelope.Height / rows);
        var boundary = new bool[columns, rows];
        foreach (var ring in Rings(hazard))
        {
            var points = ring.CoordinateSequence;
            for (var i = 0; i + 1 < points.Count; i++)
            {
                // Every cell the segment's envelope touches, widened by a hair so that a segment on a cell line marks both sides.
                var (x0, x1) = MinMax(points.GetX(i), points.GetX(i + 1));
                var (y0, y1) = MinMax(points.GetY(i), points.GetY(i + 1));
                var (c0, c1) = (Index(x0, envelope.MinX, width, columns, -1), Index(x1, envelope.MinX, width, columns, 1));
                var (r0, r1) = (Index(y0, envelope.MinY, height, rows, -1), Index(y1, envelope.MinY, height, rows, 1));
                for (var c = c0; c <= c1; c++)
                {
                    for (var r = r0; r <= r1; r++)
                    {
                        boundary[c, r] = true;
                    }
                }
            }
        }

        // Inside cells merge into rectangles: runs along a row, and equal runs in consecutive rows into one.
        var cells = new List<(Envelope, bool)>();
        var open = new Dictionary<(int From, int To), int>();
        for (var r = 0; r < rows; r++)
        {
            var (south, north) = (Line(envelope.MinY, height, r, rows, envelope.MaxY), Line(envelope.MinY, height, r + 1, rows, envelope.MaxY));
            var continued = new Dictionary<(int From, int To), int>();
            var runStart = -1;
            for (var c = 0; c <= columns; c++)
            {
                var interior = c < columns && !boundary[c, r] && locator.Locate(new Coordinate(
                    (Line(envelope.MinX, width, c, columns, envelope.MaxX) + Line(envelope.MinX, width, c + 1, columns, envelope.MaxX)) / 2,
                    (south + north) / 2)) == Location.Interior;
                if (interior && runStart < 0)
                {
                    runStart = c;
                }
                else if (!interior && runStart >= 0)
                {
                    var run = (runStart, c);
                    if (open.Remove(run, out var index))
                    {
                        var grown = cells[index].Item1;
                        cells[index] = (new Envelope(grown.MinX, grown.MaxX, grown.MinY, north), true);
                    }
                    else
                    {
                        index = cells.Count;
                        cells.Add((new Envelope(Line(envelope.MinX, width, runStart, columns, envelope.MaxX), Line(envelope.MinX, width, c, columns, envelope.MaxX), south, north), true));
                    }

                    continued[run] = index;
                    runStart = -1;
                }

                if (c < columns && boundary[c, r])
                {
                    cells.Add((new Envelope(Line(envelope.MinX, width, c, columns, envelope.MaxX), Line(envelope.MinX, width, c + 1, columns, envelope.MaxX), south, north), false));
                }
            }

            open = continued;
        }

        return cells;
    }

    private static IEnumerable<LineString> Rings(Geometry polygonal)
    {
        for (var i = 0; i < polygonal.NumGeometries; i++)
        {
            var polygon = (Polygon)polygonal.GetGeometryN(i);
            yield return polygon.ExteriorRing;
            foreach (var hole in polygon.InteriorRings)
            {
                yield return hole;
            }
        }
    }

    private static (double Min, double Max) MinMax(double a, double b) => a <= b ? (a, b) : (b, a);

    /// <summary>The cell holding a coordinate, nudged by a millionth of a cell towards <paramref name="direction"/>.</summary>
    private static int Index(double value, double origin, double step, int count, int direction) =>
        Math.Clamp((int)Math.Floor(((value - origin) / step) + (direction * 1e-6)), 0, count - 1);

    /// <summary>The i-th grid line; the last is the envelope's edge itself, so that the cells tile it exactly.</summary>
    private static double Line(double origin, double step, int i, int count, double end) => i == count ? end : origin + (i * step);
}
