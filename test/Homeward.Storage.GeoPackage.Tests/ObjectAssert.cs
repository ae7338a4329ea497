using Homeward.Domain;

namespace Homeward.Storage.GeoPackage.Tests;

/// <summary>Equality of objects as the store promises it: the same JSON form and exactly the same geometry.</summary>
internal static class ObjectAssert
{
    public static void Same(DomainObject expected, DomainObject? actual)
    {
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
