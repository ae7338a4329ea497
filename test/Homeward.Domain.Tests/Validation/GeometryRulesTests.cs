using Homeward.Domain.Validation;
using Homeward.Geo;
using Homeward.Testing;

namespace Homeward.Domain.Tests.Validation;

public sealed class GeometryRulesTests
{
    private static readonly GeometryValidationOptions Options = GeometryValidationOptions.Karabakh;
    private readonly UtmMetricMeasure _measure = new(38, north: true);

    [Fact]
    public void Check_SelfIntersectingHazard_NamesTheCrossingCoordinate()
    {
        // A bow-tie: the ring crosses itself at (46.95 39.95).
        var bowTie = Wkt.Read("POLYGON ((46.9 39.9, 47.0 40.0, 47.0 39.9, 46.9 40.0, 46.9 39.9))");

        var violation = Assert.Single(GeometryRules.Check(ObjectKind.HazardousArea, bowTie, "FR-000001 item 'h1'", Options, _measure));

        Assert.Equal("geometry", violation.Field);
        Assert.Equal("FR-000001 item 'h1'", violation.Record);
        Assert.NotNull(violation.Location);
        Assert.Equal(46.95, violation.Location.Value.Longitude, 9);
        Assert.Equal(39.95, violation.Location.Value.Latitude, 9);
        Assert.Contains("Self-intersection", violation.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(GeometryErrorKind.SelfIntersection, violation.GeometryError);
        Assert.Contains("(46.95 39.95)", violation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PointGivenForHazardousArea_RefusesTheShape()
    {
        var violation = Assert.Single(GeometryRules.Check(ObjectKind.HazardousArea, Wkt.Read("POINT (46.9 39.9)"), "r", Options, _measure));

        Assert.Contains("takes a polygon geometry", violation.Message, StringComparison.Ordinal);
        Assert.Contains("Point", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProjectedCoordinatesInDegreesField_NamesTheCoordinate()
    {
        // Someone pasted UTM metres where degrees belong.
        var utm = Wkt.Read("POINT (8664944 4430293)");

        var violation = Assert.Single(GeometryRules.Check(ObjectKind.DeviceFinding, utm, "r", Options, _measure));

        Assert.Equal(new LonLat(8664944, 4430293), violation.Location);
    }

    [Fact]
    public void Check_HazardTypedLatitudeFirst_NamesRecordFieldAndCoordinate()
    {
        var swapped = Wkt.Read("POLYGON ((39.95 46.90, 39.95 46.91, 39.96 46.91, 39.96 46.90, 39.95 46.90))");

        var violation = Assert.Single(GeometryRules.Check(ObjectKind.HazardousArea, swapped, "FR-000001 item 'h1'", Options, _measure));

        Assert.Equal(GeometryErrorKind.SwappedAxes, violation.GeometryError);
        Assert.Equal("FR-000001 item 'h1', field 'geometry' at (39.95 46.9): latitude and longitude appear swapped: (39.95 46.9) would be " +
            "inside Azerbaijan as (46.9 39.95) (positions are written longitude first).", violation.ToString());
    }

    [Fact]
    public void Check_SmallerRegionFromOptions_IsTheOneChecked()
    {
        // A deployment limited to the Karabakh economic region refuses a point in Baku.
        var karabakh = Options with { Region = DeploymentRegion.FromBounds("Karabakh", 46.0, 47.6, 39.1, 40.5) };

        var violation = Assert.Single(GeometryRules.Check(ObjectKind.Evidence, Wkt.Read("POINT (49.8671 40.4093)"), "r", karabakh, _measure));

        Assert.Equal(GeometryErrorKind.OutsideRegion, violation.GeometryError);
        Assert.Contains("Karabakh (longitude 46 to 47.6, latitude 39.1 to 40.5)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RegionGivenAsAnArea_RefusesWhatIsInItsBoxButNotInIt()
    {
        // A triangle whose box holds the point, but whose area does not.
        var triangle = DeploymentRegion.FromArea("Triangle", Wkt.Read("POLYGON ((46 39, 48 39, 46 41, 46 39))"));
        var options = Options with { Region = triangle };

        Assert.Empty(GeometryRules.Check(ObjectKind.Evidence, Wkt.Read("POINT (46.5 39.5)"), "r", options, _measure));
        Assert.Single(GeometryRules.Check(ObjectKind.Evidence, Wkt.Read("POINT (47.5 40.5)"), "r", options, _measure));
    }

    [Fact]
    public void Check_MissingGeometryOfReleasedArea_IsRequired()
    {
        var violation = Assert.Single(GeometryRules.Check(ObjectKind.ReleasedArea, null, "r", Options, _measure));

        Assert.Contains("needs a geometry", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingGeometryOfActivity_IsAllowed()
    {
        Assert.Empty(GeometryRules.Check(ObjectKind.Activity, null, "r", Options, _measure));
    }

    [Fact]
    public void Check_GeometryOnKindWithoutOne_IsRefused()
    {
        Assert.Single(GeometryRules.Check(ObjectKind.Organisation, Wkt.Read("POINT (46.9 39.9)"), "r", Options, _measure));
    }

    [Fact]
    public void Check_ValidMultiPolygonHazard_HasNoProblem()
    {
        var valid = Wkt.Read("MULTIPOLYGON (((46.9 39.9, 47.0 39.9, 47.0 40.0, 46.9 39.9)), ((47.1 39.9, 47.2 39.9, 47.2 40.0, 47.1 39.9)))");

        Assert.Empty(GeometryRules.Check(ObjectKind.HazardousArea, valid, "r", Options, _measure));
    }
}
