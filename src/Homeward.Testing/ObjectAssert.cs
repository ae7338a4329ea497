using Homeward.Domain;
using Xunit;

namespace Homeward.Testing;

/// <summary>Equality of objects as stores promise it: the same JSON form and exactly the same geometry, in EPSG:4326.</summary>
public static class ObjectAssert
{
    /// <summary>Asserts that a stored object is the object that was written.</summary>
    /// <param name="expected">The object written.</param>
    /// <param name="actual">The object read back.</param>
    public static void Same(DomainObject expected, DomainObject? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(DomainJson.Serialize(expected), DomainJson.Serialize(actual));
        if (expected.Geometry is null)
        {
            Assert.Null(actual.Geometry);
            return;
        }

        Assert.NotNull(actual.Geometry);
        Assert.Equal(expected.Geometry.GeometryType, actual.Geometry.GeometryType);
        Assert.True(expected.Geometry.EqualsExact(actual.Geometry),
            $"Geometry differs.{Environment.NewLine}expected: {expected.Geometry.AsText()}" +
            $"{Environment.NewLine}actual:   {actual.Geometry.AsText()}");
        Assert.Equal(4326, actual.Geometry.SRID);
    }
}
