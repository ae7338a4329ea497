using Homeward.Geo;
using NetTopologySuite.Geometries;

namespace Homeward.Benchmarks.Peers;

/// <summary>The synthetic layers of workloads B1–B4 (performance-reference §6b), from a fixed seed, in EPSG:4326 over Karabakh.</summary>
internal static class OverlayData
{
    private const double West = 45.6;
    private const double East = 47.4;
    private const double South = 39.0;
    private const double North = 40.5;
    private static readonly GeometryFactory Factory = GeometryServices.Wgs84;

    /// <summary>Star-shaped, valid hazards; <paramref name="vertices"/> picks each one's vertex count.</summary>
    public static List<Polygon> Hazards(Random random, int count, Func<int, int> vertices, double minRadius = 0.002, double maxRadius = 0.012)
    {
        var hazards = new List<Polygon>(count);
        for (var i = 0; i < count; i++)
        {
            var centre = new Coordinate(West + (random.NextDouble() * (East - West)), South + (random.NextDouble() * (North - South)));
            hazards.Add(Star(random, centre, vertices(i), minRadius + (random.NextDouble() * (maxRadius - minRadius))));
        }

        return hazards;
    }

    /// <summary>A star-shaped polygon: radius jittered per vertex, angles increasing, so it never self-intersects.</summary>
    public static Polygon Star(Random random, Coordinate centre, int vertices, double radiusDegrees)
    {
        var ring = new Coordinate[vertices + 1];
        var phase = random.NextDouble();
        for (var k = 0; k < vertices; k++)
        {
            var angle = 2 * Math.PI * (k + phase) / vertices;
            var r = radiusDegrees * (0.6 + (0.4 * random.NextDouble()));
            ring[k] = new Coordinate(centre.X + (r * Math.Cos(angle) / Math.Cos(centre.Y * Math.PI / 180)), centre.Y + (r * Math.Sin(angle)));
        }

        ring[vertices] = ring[0].Copy();
        return Factory.CreatePolygon(ring);
    }

    /// <summary>
    /// A large, smooth outline such as a buffered contaminated area: the radius varies with a few slow waves, so the
    /// boundary has many vertices but no sawtooth (a sawtooth of independent radii is no real perimeter, and it defeats
    /// every point-in-polygon index alike).
    /// </summary>
    public static Polygon SmoothOutline(Random random, Coordinate centre, int vertices, double radiusDegrees)
    {
        var phases = Enumerable.Range(0, 3).Select(_ => random.NextDouble() * 2 * Math.PI).ToArray();
        var ring = new Coordinate[vertices + 1];
        for (var k = 0; k < vertices; k++)
        {
            var angle = 2 * Math.PI * k / vertices;
            var r = radiusDegrees * (1 + (0.20 * Math.Sin((3 * angle) + phases[0])) + (0.10 * Math.Sin((7 * angle) + phases[1]))
                + (0.04 * Math.Sin((17 * angle) + phases[2])));
            ring[k] = new Coordinate(centre.X + (r * Math.Cos(angle) / Math.Cos(centre.Y * Math.PI / 180)), centre.Y + (r * Math.Sin(angle)));
        }

        ring[vertices] = ring[0].Copy();
        return Factory.CreatePolygon(ring);
    }

    public static List<Point> Points(Random random, int count, Envelope? within = null)
    {
        var box = within ?? new Envelope(West, East, South, North);
        return [.. Enumerable.Range(0, count).Select(_ =>
            Factory.CreatePoint(new Coordinate(box.MinX + (random.NextDouble() * box.Width), box.MinY + (random.NextDouble() * box.Height))))];
    }

    /// <summary>Rectangles of 5–50 m, half of them placed around hazards so that many cross or lie inside one.</summary>
    public static List<Polygon> Rectangles(Random random, int count, IReadOnlyList<Polygon> near, Envelope? within = null)
    {
        var box = within ?? new Envelope(West, East, South, North);
        var rectangles = new List<Polygon>(count);
        for (var i = 0; i < count; i++)
        {
            Coordinate origin;
            if (i % 2 == 0 && near.Count > 0)
            {
                var hazard = near[random.Next(near.Count)].EnvelopeInternal;
                origin = new Coordinate(hazard.MinX + (random.NextDouble() * hazard.Width), hazard.MinY + (random.NextDouble() * hazard.Height));
            }
            else
            {
                origin = new Coordinate(box.MinX + (random.NextDouble() * box.Width), box.MinY + (random.NextDouble() * box.Height));
            }

            var width = (5 + (random.NextDouble() * 45)) / 85_000;  // metres to degrees of longitude near 40°N
            var height = (5 + (random.NextDouble() * 45)) / 111_000;
            rectangles.Add(Factory.CreatePolygon(
            [
                origin, new(origin.X + width, origin.Y), new(origin.X + width, origin.Y + height), new(origin.X, origin.Y + height), origin.Copy(),
            ]));
        }

        return rectangles;
    }

    /// <summary>Roads: random walks of 50–500 vertices with steps of about 20–80 m.</summary>
    public static List<LineString> Lines(Random random, int count)
    {
        var lines = new List<LineString>(count);
        for (var i = 0; i < count; i++)
        {
            var n = 50 + random.Next(451);
            var coordinates = new Coordinate[n];
            var (x, y) = (West + (random.NextDouble() * (East - West)), South + (random.NextDouble() * (North - South)));
            var heading = random.NextDouble() * 2 * Math.PI;
            for (var k = 0; k < n; k++)
            {
                coordinates[k] = new Coordinate(x, y);
                heading += (random.NextDouble() - 0.5) * 0.6;
                var step = (20 + (random.NextDouble() * 60)) / 100_000;
                (x, y) = (x + (step * Math.Cos(heading)), y + (step * Math.Sin(heading)));
            }

            lines.Add(Factory.CreateLineString(coordinates));
        }

        return lines;
    }

    public static void WriteHexWkb(string path, IEnumerable<Geometry> geometries)
    {
        var writer = new NetTopologySuite.IO.WKBWriter();
        using var file = new StreamWriter(path);
        foreach (var g in geometries)
        {
            file.WriteLine(Convert.ToHexString(writer.Write(g)));
        }
    }
}
