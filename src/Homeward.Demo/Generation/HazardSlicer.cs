using Homeward.Domain.Validation;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Homeward.Demo.Generation;

/// <summary>
/// Cuts a hazardous area into the pieces that land release gives back one by one: the hazard intersected with
/// parallel bands. The pieces are the hazard's own intersection results, so each lies inside it and no two overlap.
/// </summary>
internal static class HazardSlicer
{
    /// <summary>A piece smaller than this share of an average piece is merged into the next band.</summary>
    private const double SliverShare = 0.05;

    private const double MetresPerDegreeLatitude = 110_574;
    private const double MetresPerDegreeLongitudeAtEquator = 111_320;

    /// <summary>
    /// The least area (m²) and mean width (m) a part of a piece may have; a smaller one (a band edge that clips the tip of
    /// a corner) joins the piece next to it. Twice what review accepts, as they are estimated here on a local plane.
    /// </summary>
    private static readonly double MinimumPartAreaSquareMetres = 2 * GeometryValidationOptions.Karabakh.MinimumRingAreaSquareMetres;

    private static readonly double MinimumPartWidthMetres = 2 * GeometryValidationOptions.Karabakh.MinimumRingWidthMetres;

    /// <summary>Slices <paramref name="hazard"/> into about <paramref name="count"/> valid pieces, in sweep order.</summary>
    /// <param name="hazard">A valid polygonal geometry in EPSG:4326.</param>
    /// <param name="count">The wanted number of pieces, at least 1.</param>
    /// <param name="vertical">Whether the bands run north–south (cut along longitude) rather than east–west.</param>
    /// <param name="random">The seeded source of randomness that jitters the band edges.</param>
    /// <returns>The pieces, each a valid polygon or multipolygon; fewer than <paramref name="count"/> when slivers were merged.</returns>
    public static IReadOnlyList<Geometry> Slice(Geometry hazard, int count, bool vertical, Random random)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var envelope = hazard.EnvelopeInternal;
        var (min, max) = vertical ? (envelope.MinX, envelope.MaxX) : (envelope.MinY, envelope.MaxY);
        var step = (max - min) / count;
        var edges = new double[count + 1];
        for (var i = 0; i <= count; i++)
        {
            edges[i] = i == 0 ? min - step : i == count ? max + step : min + ((i + ((random.NextDouble() - 0.5) * 0.6)) * step);
        }

        var sliver = hazard.Area / count * SliverShare;
        var pieces = new List<Geometry>(count);
        var lowerEdges = new List<double>(count);
        var lower = edges[0];
        for (var i = 1; i <= count; i++)
        {
            var piece = Clip(hazard, envelope, lower, edges[i], vertical);
            var isSliver = piece is null || piece.Area < sliver;
            if (isSliver && i < count)
            {
                continue; // Widen the next band instead.
            }

            if (isSliver && pieces.Count > 0)
            {
                // The last band is a sliver: the band before takes it.
                pieces[^1] = Clip(hazard, envelope, lowerEdges[^1], edges[i], vertical) ?? pieces[^1];
            }
            else if (piece is not null)
            {
                pieces.Add(piece);
                lowerEdges.Add(lower);
            }

            lower = edges[i];
        }

        JoinSlips(pieces);
        return pieces;
    }

    /// <summary>Moves every part too small or too thin to be surveyed land into the neighbouring piece it shares most boundary with.</summary>
    private static void JoinSlips(List<Geometry> pieces)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            var parts = PolygonExtracter.GetPolygons(pieces[i]).Cast<Polygon>().ToList();
            var kept = new List<Polygon>(parts.Count);
            foreach (var part in parts)
            {
                var neighbour = IsSlip(part) ? Neighbour(pieces, i, part) : -1;
                if (neighbour < 0)
                {
                    kept.Add(part);
                    continue;
                }

                // The part and its neighbour share the band edge they were cut along, so the union adds exactly their areas.
                pieces[neighbour] = Polygonal(pieces[neighbour].Union(part)) ?? pieces[neighbour];
            }

            if (kept.Count == parts.Count)
            {
                continue;
            }

            if (kept.Count == 0)
            {
                pieces.RemoveAt(i--);
            }
            else
            {
                pieces[i] = kept.Count == 1 ? kept[0] : GeometryServices.Wgs84.CreateMultiPolygon([.. kept]);
            }
        }
    }

    private static int Neighbour(List<Geometry> pieces, int index, Polygon part)
    {
        var (best, shared) = (-1, 0.0);
        for (var j = 0; j < pieces.Count; j++)
        {
            if (j != index && pieces[j].EnvelopeInternal.Intersects(part.EnvelopeInternal) && pieces[j].Intersects(part))
            {
                var length = pieces[j].Intersection(part).Length;
                if (length > shared)
                {
                    (best, shared) = (j, length);
                }
            }
        }

        return best;
    }

    /// <summary>Whether a part is below what review accepts of a ring, estimated on a local plane (it is only a generator's choice).</summary>
    private static bool IsSlip(Polygon part)
    {
        var ring = part.ExteriorRing.CoordinateSequence;
        var metresPerDegreeLongitude = MetresPerDegreeLongitudeAtEquator * Math.Cos(part.EnvelopeInternal.Centre.Y * Math.PI / 180);
        var perimeter = 0.0;
        for (var k = 1; k < ring.Count; k++)
        {
            perimeter += Math.Sqrt(Math.Pow((ring.GetX(k) - ring.GetX(k - 1)) * metresPerDegreeLongitude, 2)
                + Math.Pow((ring.GetY(k) - ring.GetY(k - 1)) * MetresPerDegreeLatitude, 2));
        }

        var area = part.Area * metresPerDegreeLongitude * MetresPerDegreeLatitude;
        return area < MinimumPartAreaSquareMetres || (perimeter > 0 && 2 * area / perimeter < MinimumPartWidthMetres);
    }

    private static Geometry? Clip(Geometry hazard, Envelope envelope, double lower, double upper, bool vertical)
    {
        var margin = Math.Max(envelope.Width, envelope.Height);
        var band = vertical
            ? new Envelope(lower, upper, envelope.MinY - margin, envelope.MaxY + margin)
            : new Envelope(envelope.MinX - margin, envelope.MaxX + margin, lower, upper);
        var result = hazard.Intersection(GeometryServices.Wgs84.ToGeometry(band));

        return Polygonal(result);
    }

    private static Geometry? Polygonal(Geometry result)
    {
        // OverlayNG may add lower-dimension leftovers where the band only touches the hazard; keep the surfaces.
        var polygons = PolygonExtracter.GetPolygons(result).Cast<Polygon>().Where(p => !p.IsEmpty).ToArray();
        Geometry? piece = polygons.Length switch
        {
            0 => null,
            1 => polygons[0],
            _ => GeometryServices.Wgs84.CreateMultiPolygon(polygons),
        };
        return piece is { IsValid: true } ? piece : null;
    }
}
