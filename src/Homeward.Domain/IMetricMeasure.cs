using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Homeward.Domain;

/// <summary>
/// Measures in metres of geometries held in EPSG:4326, computed in the deployment's projected CRS (never in
/// degrees). Implementations are thread-safe.
/// </summary>
public interface IMetricMeasure
{
    /// <summary>The area of a geometry in square metres; 0 for points and lines.</summary>
    /// <param name="geometry">The geometry in EPSG:4326 (X = longitude, Y = latitude).</param>
    /// <returns>The area in m².</returns>
    double AreaSquareMetres(Geometry geometry);

    /// <summary>
    /// The length of a line, or the perimeter of a polygon (every ring), in metres; 0 for points. Measures should compute it
    /// in their own CRS; the default sums great-circle distances on a sphere of the Earth's mean radius (6 371 008.8 m),
    /// within about 0.5 % of the ellipsoid, so that measures written before this member still work.
    /// </summary>
    /// <param name="geometry">The geometry in EPSG:4326 (X = longitude, Y = latitude).</param>
    /// <returns>The length in m.</returns>
    double LengthMetres(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        const double MeanRadiusMetres = 6_371_008.8;
        var length = 0.0;
        foreach (var line in LinearComponentExtracter.GetLines(geometry).Cast<LineString>())
        {
            var c = line.CoordinateSequence;
            for (var i = 1; i < c.Count; i++)
            {
                // Haversine: stable for the short edges of surveyed polygons.
                var (lat1, lat2) = (c.GetY(i - 1) * Math.PI / 180, c.GetY(i) * Math.PI / 180);
                var dLat = lat2 - lat1;
                var dLon = (c.GetX(i) - c.GetX(i - 1)) * Math.PI / 180;
                var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
                length += 2 * MeanRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
            }
        }

        return length;
    }

    /// <summary>How far <paramref name="inner"/> reaches outside <paramref name="outer"/>, in metres, and where it reaches furthest.</summary>
    /// <param name="inner">The geometry that should lie inside, EPSG:4326.</param>
    /// <param name="outer">The geometry that should contain it, EPSG:4326.</param>
    /// <returns>0 and <see langword="null"/> when <paramref name="outer"/> covers <paramref name="inner"/>; else the largest distance and the coordinate at which it occurs (EPSG:4326).</returns>
    (double DistanceMetres, LonLat? Worst) Protrusion(Geometry inner, Geometry outer);
}
