using Homeward.Domain.Validation;
using Homeward.Testing;

namespace Homeward.Domain.Tests.Validation;

public sealed class GeometryRulesTests
{
    [Fact]
    public void Check_SelfIntersectingHazard_NamesTheCrossingCoordinate()
    {
        // A bow-tie: the ring crosses itself at (46.95 39.95).
        var bowTie = Wkt.Read("POLYGON ((46.9 39.9, 47.0 40.0, 47.0 39.9, 46.9 40.0, 46.9 39.9))");

        var violation = Assert.Single(GeometryRules.Check(ObjectKind.HazardousArea, bowTie, "FR-000001 item 'h1'"));

        Assert.Equal("geometry", violation.Field);
        Assert.Equal("FR-000001 item 'h1'", violation.Record);
        Assert.NotNull(violation.Location);
        Assert.Equal(46.95, violation.Location.Value.Longitude, 9);
        Assert.Equal(39.95, violation.Location.Value.Latitude, 9);
        Assert.Contains("Self-intersection", violation.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(46.95 39.95)", violation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PointGivenForHazardousArea_RefusesTheShape()
    {
        var violation = Assert.Single(GeometryRules.Check(ObjectKind.HazardousArea, Wkt.Read("POINT (46.9 39.9)"), "r"));

        Assert.Contains("Polygonal", violation.Message, StringComparison.Ordinal);
        Assert.Contains("Point", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProjectedCoordinatesInDegreesField_NamesTheCoordinate()
    {
        // Someone pasted UTM metres where degrees belong.
        var utm = Wkt.Read("POINT (8664944 4430293)");

        var violation = Assert.Single(GeometryRules.Check(ObjectKind.DeviceFinding, utm, "r"));

        Assert.Equal(new LonLat(8664944, 4430293), violation.Location);
    }

    [Fact]
    public void Check_MissingGeometryOfReleasedArea_IsRequired()
    {
        var violation = Assert.Single(GeometryRules.Check(ObjectKind.ReleasedArea, null, "r"));

        Assert.Contains("needs a geometry", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingGeometryOfActivity_IsAllowed()
    {
        Assert.Empty(GeometryRules.Check(ObjectKind.Activity, null, "r"));
    }

    [Fact]
    public void Check_GeometryOnKindWithoutOne_IsRefused()
    {
        Assert.Single(GeometryRules.Check(ObjectKind.Organisation, Wkt.Read("POINT (46.9 39.9)"), "r"));
    }

    [Fact]
    public void Check_ValidMultiPolygonHazard_HasNoProblem()
    {
        var valid = Wkt.Read("MULTIPOLYGON (((46.9 39.9, 47.0 39.9, 47.0 40.0, 46.9 39.9)), ((47.1 39.9, 47.2 39.9, 47.2 40.0, 47.1 39.9)))");

        Assert.Empty(GeometryRules.Check(ObjectKind.HazardousArea, valid, "r"));
    }
}
