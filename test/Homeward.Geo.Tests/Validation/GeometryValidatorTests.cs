using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Validation;
using Homeward.Geo.Validation;
using Homeward.Testing;

namespace Homeward.Geo.Tests.Validation;

/// <summary>Each problem a geometry can have at the boundary, with a real-looking bad input near Aghdam and the message it gets.</summary>
public sealed class GeometryValidatorTests
{
    /// <summary>A suspected hazardous area north of Aghdam, about 171 m by 167 m.</summary>
    private const string Hazard = "POLYGON ((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952))";

    private readonly GeometryValidator _validator = GeometryValidator.ForKarabakh();

    [Fact]
    public void Validate_SurveyedHazard_HasNoProblem()
    {
        Assert.Empty(_validator.Validate(ObjectKind.HazardousArea, Wkt.Read(Hazard)));
    }

    [Fact]
    public void Validate_BowTie_IsSelfIntersectionAtTheCrossing()
    {
        // The perimeter was walked corner to corner: its two long sides cross in the middle.
        var bowTie = Wkt.Read("POLYGON ((46.901 39.952, 46.903 39.9535, 46.903 39.952, 46.901 39.9535, 46.901 39.952))");

        var error = Assert.Single(_validator.Validate(ObjectKind.HazardousArea, bowTie));

        Assert.Equal(GeometryErrorKind.SelfIntersection, error.Kind);
        Assert.Equal(new LonLat(46.902, 39.95275), Round(error.Location));
        Assert.Equal("invalid geometry: Self-intersection (the boundary crosses itself, as in a bow-tie).", error.Message);
        Assert.True(error.IsRepairable);
    }

    [Theory]
    // Two perimeters of the same survey saved as one multipolygon, the second drawn inside the first.
    [InlineData("MULTIPOLYGON (((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952)), " +
        "((46.9015 39.9525, 46.9025 39.9525, 46.9025 39.953, 46.9015 39.953, 46.9015 39.9525)))",
        GeometryErrorKind.NestedShells, "invalid geometry: Nested shells (one part lies inside another; make it a hole, or a separate area).")]
    // A cleared island digitised as a hole, but placed beside the area instead of in it.
    [InlineData("POLYGON ((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952), " +
        "(46.904 39.952, 46.905 39.952, 46.905 39.953, 46.904 39.952))",
        GeometryErrorKind.HoleOutsideShell, "invalid geometry: Hole lies outside shell (a hole lies outside its outer ring).")]
    // A perimeter of two corners, closed: it encloses nothing.
    [InlineData("POLYGON ((46.901 39.952, 46.903 39.952, 46.901 39.952))",
        GeometryErrorKind.TooFewPoints, "invalid geometry: Too few points in geometry component (a ring needs at least three distinct corners).")]
    // A figure of eight that touches itself at one corner.
    [InlineData("POLYGON ((46.901 39.952, 46.903 39.952, 46.902 39.953, 46.903 39.954, 46.901 39.954, 46.902 39.953, 46.901 39.952))",
        GeometryErrorKind.RingSelfIntersection, "invalid geometry: Ring Self-intersection (a ring touches itself at a point).")]
    public void Validate_InvalidPolygon_NamesTheKindOfError(string wkt, GeometryErrorKind kind, string message)
    {
        var error = Assert.Single(_validator.Validate(ObjectKind.HazardousArea, Wkt.Read(wkt)));

        Assert.Equal((kind, message), (error.Kind, error.Message));
        Assert.NotNull(error.Location);
    }

    [Fact]
    public void Validate_HazardTypedLatitudeFirst_SaysTheAxesAppearSwapped()
    {
        var swapped = Wkt.Read("POLYGON ((39.952 46.901, 39.952 46.903, 39.9535 46.903, 39.9535 46.901, 39.952 46.901))");

        var error = Assert.Single(_validator.Validate(ObjectKind.HazardousArea, swapped));

        Assert.Equal(GeometryErrorKind.SwappedAxes, error.Kind);
        Assert.Equal(new LonLat(39.952, 46.901), error.Location);
        Assert.Equal("latitude and longitude appear swapped: (39.952 46.901) would be inside Azerbaijan as (46.901 39.952) " +
            "(positions are written longitude first).", error.Message);
    }

    [Theory]
    // An evidence point taken in Kutaisi, Georgia: a phone's last fix before it crossed the border.
    [InlineData("POINT (42.6989 42.2679)",
        "(42.6989 42.2679) lies outside the deployment region, Azerbaijan (longitude 44.7 to 50.9, latitude 38.3 to 41.95).")]
    // A receiver without a fix writes (0 0), in the Gulf of Guinea.
    [InlineData("POINT (0 0)", "(0 0) lies outside the deployment region, Azerbaijan (longitude 44.7 to 50.9, latitude 38.3 to 41.95). " +
        "(0 0) is what a receiver records when it has no position fix.")]
    // Tabriz, Iran: inside the longitudes, south of the region.
    [InlineData("POINT (46.2919 38.08)",
        "(46.2919 38.08) lies outside the deployment region, Azerbaijan (longitude 44.7 to 50.9, latitude 38.3 to 41.95).")]
    public void Validate_PointOutsideTheRegion_NamesTheCoordinate(string wkt, string message)
    {
        var error = Assert.Single(_validator.Validate(ObjectKind.Evidence, Wkt.Read(wkt)));

        Assert.Equal((GeometryErrorKind.OutsideRegion, message), (error.Kind, error.Message));
        Assert.Equal(Wkt.Read(wkt).Coordinate.X, error.Location!.Value.Longitude);
    }

    [Fact]
    public void Validate_HazardPartlyAcrossTheNorthernEdge_NamesTheFirstPositionOutside()
    {
        // Drawn on the Georgian border north of Balakən, reaching over the edge of the region.
        var hazard = Wkt.Read("POLYGON ((46.40 41.94, 46.41 41.94, 46.41 41.96, 46.40 41.96, 46.40 41.94))");

        var error = Assert.Single(_validator.Validate(ObjectKind.HazardousArea, hazard));

        Assert.Equal(GeometryErrorKind.OutsideRegion, error.Kind);
        Assert.Equal(new LonLat(46.41, 41.96), error.Location);
        Assert.EndsWith("; 2 of 5 positions are.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UtmMetresInADegreesField_SaysTheyLookLikeMetres()
    {
        // UTM zone 38N easting and northing of the same place, pasted where degrees belong.
        var error = Assert.Single(_validator.Validate(ObjectKind.DeviceFinding, Wkt.Read("POINT (662190 4423650)")));

        Assert.Equal(GeometryErrorKind.NotDegrees, error.Kind);
        Assert.Equal(new LonLat(662190, 4423650), error.Location);
        Assert.Contains("look like metres of a projected grid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TinyPartNextToTheHazard_NamesThePartAndItsArea()
    {
        // A stray double-click left a triangle of about half a metre by a metre and a third beside the perimeter.
        var hazard = Wkt.Read("MULTIPOLYGON (((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952)), " +
            "((46.904 39.952, 46.904006 39.952, 46.904 39.952012, 46.904 39.952)))");

        var error = Assert.Single(_validator.Validate(ObjectKind.HazardousArea, hazard));

        Assert.Equal(GeometryErrorKind.TinyRing, error.Kind);
        Assert.Equal(new LonLat(46.904, 39.952), error.Location);
        Assert.Equal("the outer ring of part 2 encloses only 0.342 m², less than the 1 m² of the smallest real area; " +
            "it looks like a digitising slip.", error.Message);
    }

    [Fact]
    public void Validate_SliverHole_NamesTheHoleAndItsWidth()
    {
        // A hole 85 m long and 2 cm wide: two vertices snapped to nearly the same line.
        var hazard = Wkt.Read("POLYGON ((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952), " +
            "(46.9015 39.9525, 46.9025 39.9525, 46.9025 39.9525002, 46.9015 39.9525002, 46.9015 39.9525))");

        var error = Assert.Single(_validator.Validate(ObjectKind.HazardousArea, hazard));

        Assert.Equal(GeometryErrorKind.SliverRing, error.Kind);
        Assert.Equal(new LonLat(46.9015, 39.9525), error.Location);
        Assert.Equal("hole 1 is a sliver: 1.9 m² along 170.9 m of boundary, 0.022 m wide on average (at least 0.5 m is expected).", error.Message);
    }

    [Fact]
    public void FindDuplicates_SameHazardAgain_IsADuplicateOfTheStoredCode()
    {
        var stored = StoredHazard("HA-AGD-000012", Hazard);

        var error = Assert.Single(_validator.FindDuplicates(ObjectKind.HazardousArea, Wkt.Read(Hazard), [stored]));

        Assert.Equal(GeometryErrorKind.Duplicate, error.Kind);
        Assert.Equal("duplicate of hazardous area HA-AGD-000012: the geometry is the same.", error.Message);
    }

    [Fact]
    public void FindDuplicates_ResurveyShiftedFiveMetresEast_IsANearDuplicateWithItsRatio()
    {
        var stored = StoredHazard("HA-AGD-000012", Hazard);
        // 0.0000585° of longitude is 5 m at 39.95°N.
        var resurvey = Wkt.Read("POLYGON ((46.9010585 39.952, 46.9030585 39.952, 46.9030585 39.9535, 46.9010585 39.9535, 46.9010585 39.952))");

        var error = Assert.Single(_validator.FindDuplicates(ObjectKind.HazardousArea, resurvey, [stored]));

        Assert.Equal(GeometryErrorKind.NearDuplicate, error.Kind);
        Assert.Equal("near-duplicate of hazardous area HA-AGD-000012: they share 27628 m², 0.97 of the smaller area " +
            "(near-duplicates share 0.90 or more).", error.Message);
        Assert.True(resurvey.Covers(Wkt.Read($"POINT ({error.Location!.Value.Longitude} {error.Location.Value.Latitude})")));
    }

    [Fact]
    public void FindDuplicates_NeighbouringHazardAndOtherKinds_AreNotDuplicates()
    {
        // The field next door shares a boundary, and a released area covers the same ground but is another kind.
        var neighbour = StoredHazard("HA-AGD-000013", "POLYGON ((46.903 39.952, 46.905 39.952, 46.905 39.9535, 46.903 39.9535, 46.903 39.952))");
        var released = new ReleasedArea
        {
            Id = Guid.NewGuid(),
            Code = "RA-AGD-000001",
            HazardousAreaId = Guid.NewGuid(),
            Outcome = ReleaseOutcome.Cancelled,
            ReleasedOn = new DateOnly(2024, 5, 1),
            Geometry = Wkt.Read(Hazard),
        };

        Assert.Empty(_validator.FindDuplicates(ObjectKind.HazardousArea, Wkt.Read(Hazard), [neighbour, released]));
    }

    private static HazardousArea StoredHazard(string code, string wkt) => new()
    {
        Id = Guid.NewGuid(),
        Code = code,
        AreaClass = AreaClass.Sha,
        HazardType = "battle-area",
        Geometry = Wkt.Read(wkt),
    };

    private static LonLat? Round(LonLat? at) => at is { } a ? new LonLat(Math.Round(a.Longitude, 9), Math.Round(a.Latitude, 9)) : null;
}
