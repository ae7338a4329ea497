using NetTopologySuite.Geometries;
using Xunit;

namespace Homeward.Testing;

/// <summary>Assertions on geometries that compare them normalized and print both as WKT on failure.</summary>
public static class GeometryAssert
{
    /// <summary>Asserts that <paramref name="actual"/> equals the geometry written as <paramref name="expectedWkt"/> once both are normalized.</summary>
    /// <param name="expectedWkt">The expected geometry as WKT.</param>
    /// <param name="actual">The geometry to check.</param>
    /// <param name="tolerance">The largest coordinate difference accepted, in the geometry's units.</param>
    public static void EqualNormalized(string expectedWkt, Geometry? actual, double tolerance = 0)
    {
        Assert.NotNull(actual);
        var expected = Wkt.Read(expectedWkt).Normalized();
        var normalized = actual.Normalized();
        Assert.True(expected.EqualsExact(normalized, tolerance),
            $"Geometries differ.{Environment.NewLine}expected: {expected.AsText()}{Environment.NewLine}actual:   {normalized.AsText()}");
    }

    /// <summary>Asserts that two geometries are exactly equal, coordinate for coordinate, in the same order.</summary>
    /// <param name="expected">The expected geometry.</param>
    /// <param name="actual">The geometry to check.</param>
    public static void EqualExact(Geometry? expected, Geometry? actual)
    {
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.True(expected.EqualsExact(actual),
            $"Geometries differ.{Environment.NewLine}expected: {expected.AsText()}{Environment.NewLine}actual:   {actual.AsText()}");
    }
}
