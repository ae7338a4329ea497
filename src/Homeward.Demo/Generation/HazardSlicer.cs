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

        return pieces;
    }

    private static Geometry? Clip(Geometry hazard, Envelope envelope, double lower, double upper, bool vertical)
    {
        var margin = Math.Max(envelope.Width, envelope.Height);
        var band = vertical
            ? new Envelope(lower, upper, envelope.MinY - margin, envelope.MaxY + margin)
            : new Envelope(envelope.MinX - margin, envelope.MaxX + margin, lower, upper);
        var result = hazard.Intersection(GeometryServices.Wgs84.ToGeometry(band));

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
