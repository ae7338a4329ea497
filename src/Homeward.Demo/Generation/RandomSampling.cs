using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Homeward.Demo.Generation;

/// <summary>The distributions the generator draws from. Every draw takes the seeded <see cref="Random"/> explicitly.</summary>
internal static class RandomSampling
{
    /// <summary>A value from a log-normal distribution.</summary>
    /// <param name="random">The source.</param>
    /// <param name="median">The median (e^μ).</param>
    /// <param name="sigma">The standard deviation of the logarithm.</param>
    /// <returns>The value.</returns>
    public static double LogNormal(Random random, double median, double sigma) => median * Math.Exp(sigma * Normal(random));

    /// <summary>A value from the standard normal distribution (Box–Muller).</summary>
    /// <param name="random">The source.</param>
    /// <returns>The value.</returns>
    public static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A value uniformly between two bounds.</summary>
    /// <param name="random">The source.</param>
    /// <param name="min">The lower bound.</param>
    /// <param name="max">The upper bound.</param>
    /// <returns>The value.</returns>
    public static double Uniform(Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    /// <summary>A count from a Poisson distribution (Knuth's method below 30, a rounded normal above).</summary>
    /// <param name="random">The source.</param>
    /// <param name="mean">The mean, at least 0.</param>
    /// <returns>The count.</returns>
    public static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal(random))));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }

    /// <summary>A count of at least 1 from a geometric distribution with the given mean.</summary>
    /// <param name="random">The source.</param>
    /// <param name="mean">The mean, at least 1.</param>
    /// <returns>The count.</returns>
    public static int Geometric(Random random, double mean)
    {
        var p = 1.0 / Math.Max(1.0, mean);
        return 1 + (int)Math.Floor(Math.Log(1.0 - random.NextDouble()) / Math.Log(1.0 - Math.Min(p, 0.999_999)));
    }

    /// <summary>One of the <paramref name="choices"/>, drawn in proportion to its weight.</summary>
    /// <typeparam name="T">The type of choice.</typeparam>
    /// <param name="random">The source.</param>
    /// <param name="choices">The choices and their weights (positive).</param>
    /// <returns>The choice.</returns>
    public static T Weighted<T>(Random random, IReadOnlyList<(T Value, double Weight)> choices)
    {
        var total = choices.Sum(c => c.Weight);
        var x = random.NextDouble() * total;
        foreach (var (value, weight) in choices)
        {
            x -= weight;
            if (x < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    /// <summary>A point inside a geometry, by rejection from its envelope.</summary>
    /// <param name="random">The source.</param>
    /// <param name="geometry">The polygonal geometry (EPSG:4326), prepared for fast tests.</param>
    /// <returns>The point; the geometry's interior point when 200 draws all missed.</returns>
    public static Point PointIn(Random random, IPreparedGeometry geometry)
    {
        var envelope = geometry.Geometry.EnvelopeInternal;
        for (var i = 0; i < 200; i++)
        {
            var point = GeometryServices.Wgs84.CreatePoint(new Coordinate(
                Uniform(random, envelope.MinX, envelope.MaxX), Uniform(random, envelope.MinY, envelope.MaxY)));
            if (geometry.Contains(point))
            {
                return point;
            }
        }

        return geometry.Geometry.InteriorPoint;
    }

    /// <summary>A new identity from the seeded source (version 4 layout), so that the same seed gives the same identities.</summary>
    /// <param name="random">The source.</param>
    /// <returns>The identity.</returns>
    public static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
