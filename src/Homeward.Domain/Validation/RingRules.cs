using System.Globalization;
using NetTopologySuite.Geometries;

namespace Homeward.Domain.Validation;

/// <summary>Rings too small or too thin to be an area on the ground: digitising slips, checked in metres.</summary>
internal static class RingRules
{
    public static IEnumerable<GeometryValidationError> Check(Geometry geometry, GeometryValidationOptions options, IMetricMeasure measure)
    {
        var polygons = geometry switch
        {
            Polygon p => [p],
            MultiPolygon m => m.Geometries.Cast<Polygon>().ToArray(),
            _ => [],
        };
        for (var part = 0; part < polygons.Length; part++)
        {
            var polygon = polygons[part];
            for (var r = 0; r <= polygon.NumInteriorRings; r++)
            {
                var ring = r == 0 ? polygon.ExteriorRing : polygon.GetInteriorRingN(r - 1);
                if (Check(ring, Name(r, part, polygons.Length), geometry.Factory, options, measure) is { } error)
                {
                    yield return error;
                }
            }
        }
    }

    private static GeometryValidationError? Check(LineString ring, string name, GeometryFactory factory, GeometryValidationOptions options,
        IMetricMeasure measure)
    {
        var at = new LonLat(ring.Coordinate.X, ring.Coordinate.Y);
        var area = measure.AreaSquareMetres(factory.CreatePolygon(ring.CoordinateSequence));
        if (area < options.MinimumRingAreaSquareMetres)
        {
            return new GeometryValidationError(GeometryErrorKind.TinyRing, at, string.Create(CultureInfo.InvariantCulture,
                $"{name} encloses only {area:0.###} m², less than the {options.MinimumRingAreaSquareMetres:0.###} m² of the smallest real area; it looks like a digitising slip."));
        }

        // Twice the area over the perimeter is a strip's width (and half a square's side): the ring's mean width.
        var perimeter = measure.LengthMetres(ring);
        var width = perimeter > 0 ? 2 * area / perimeter : 0;
        return width < options.MinimumRingWidthMetres
            ? new GeometryValidationError(GeometryErrorKind.SliverRing, at, string.Create(CultureInfo.InvariantCulture,
                $"{name} is a sliver: {area:0.#} m² along {perimeter:0.#} m of boundary, {width:0.###} m wide on average (at least {options.MinimumRingWidthMetres:0.###} m is expected)."))
            : null;
    }

    private static string Name(int ring, int part, int parts)
    {
        var name = ring == 0 ? "the outer ring" : string.Create(CultureInfo.InvariantCulture, $"hole {ring}");
        return parts == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} of part {part + 1}");
    }
}
