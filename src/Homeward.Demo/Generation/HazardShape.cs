using Homeward.Geo;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;

namespace Homeward.Demo.Generation;

/// <summary>
/// Makes irregular hazard perimeters: a jittered, stretched and rotated star of 12 to 30 corners around a centre,
/// densified to short edges. A polygon whose vertices go round the centre at strictly increasing angles is
/// star-shaped, hence simple and valid.
/// </summary>
internal static class HazardShape
{
    private const double MetresPerDegreeLatitude = 110_574;
    private const double MetresPerDegreeLongitudeAtEquator = 111_320;

    /// <summary>The longest edge of a perimeter, about 45 m at Karabakh's latitude.</summary>
    private const double MaximumEdgeDegrees = 0.0005;

    /// <summary>A perimeter of about <paramref name="areaSquareMetres"/> around a centre.</summary>
    /// <param name="random">The seeded source of randomness.</param>
    /// <param name="centre">The centre in EPSG:4326 (X = longitude, Y = latitude).</param>
    /// <param name="areaSquareMetres">The wanted area in m² (on a local plane; the UTM area differs by well under 1 %).</param>
    /// <returns>The polygon (EPSG:4326) and the largest distance in metres from the centre to its boundary.</returns>
    public static (Polygon Polygon, double RadiusMetres) Create(Random random, Coordinate centre, double areaSquareMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(areaSquareMetres);
        var n = random.Next(12, 31);
        var stretch = Math.Sqrt(1 + (random.NextDouble() * 2));
        var rotation = random.NextDouble() * Math.PI;
        var (sin, cos) = Math.SinCos(rotation);
        var local = new (double X, double Y)[n];
        for (var i = 0; i < n; i++)
        {
            // Jitter of at most ±0.3 of a step keeps the angles strictly increasing.
            var angle = (i + ((random.NextDouble() - 0.5) * 0.6)) * 2 * Math.PI / n;
            var radius = 0.6 + (random.NextDouble() * 0.8);
            var (x, y) = (radius * Math.Cos(angle) * stretch, radius * Math.Sin(angle) / stretch);
            local[i] = ((x * cos) - (y * sin), (x * sin) + (y * cos));
        }

        var scale = Math.Sqrt(areaSquareMetres / ShoelaceArea(local));
        var metresPerDegreeLongitude = MetresPerDegreeLongitudeAtEquator * Math.Cos(centre.Y * Math.PI / 180);
        var ring = new Coordinate[n + 1];
        var radiusMetres = 0.0;
        for (var i = 0; i < n; i++)
        {
            var (x, y) = (local[i].X * scale, local[i].Y * scale);
            radiusMetres = Math.Max(radiusMetres, Math.Sqrt((x * x) + (y * y)));
            ring[i] = new Coordinate(centre.X + (x / metresPerDegreeLongitude), centre.Y + (y / MetresPerDegreeLatitude));
        }

        ring[n] = ring[0].Copy();

        // Short edges keep cut pieces additive in the projected CRS: a point inserted on a long edge (straight in
        // degrees) lies off that edge's projected chord, and the pieces' m² would then not sum to the hazard's.
        var polygon = (Polygon)Densifier.Densify(GeometryServices.Wgs84.CreatePolygon(ring), MaximumEdgeDegrees);
        return (polygon, radiusMetres);
    }

    /// <summary>The point <paramref name="distanceMetres"/> from <paramref name="centre"/> towards <paramref name="bearingRadians"/>.</summary>
    /// <param name="centre">The start in EPSG:4326.</param>
    /// <param name="distanceMetres">The distance in metres (local plane).</param>
    /// <param name="bearingRadians">The direction, counter-clockwise from east.</param>
    /// <returns>The point (EPSG:4326).</returns>
    public static Point Offset(Coordinate centre, double distanceMetres, double bearingRadians)
    {
        var metresPerDegreeLongitude = MetresPerDegreeLongitudeAtEquator * Math.Cos(centre.Y * Math.PI / 180);
        return GeometryServices.Wgs84.CreatePoint(new Coordinate(
            centre.X + (distanceMetres * Math.Cos(bearingRadians) / metresPerDegreeLongitude),
            centre.Y + (distanceMetres * Math.Sin(bearingRadians) / MetresPerDegreeLatitude)));
    }

    private static double ShoelaceArea((double X, double Y)[] ring)
    {
        var sum = 0.0;
        for (var i = 0; i < ring.Length; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Length]);
            sum += (a.X * b.Y) - (b.X * a.Y);
        }

        return Math.Abs(sum) / 2;
    }
}
