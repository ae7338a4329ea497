using Homeward.Domain;
using Homeward.Domain.Validation;
using Homeward.Geo.Validation;
using Homeward.Testing;

namespace Homeward.Geo.Tests.Validation;

public sealed class GeometryRepairTests
{
    private readonly GeometryRepair _repair = new(GeometryValidator.ForKarabakh());

    [Fact]
    public void Repair_BowTie_GivesTwoTrianglesAndRecordsWhatChanged()
    {
        var bowTie = Wkt.Read("POLYGON ((46.901 39.952, 46.903 39.9535, 46.903 39.952, 46.901 39.9535, 46.901 39.952))");

        var result = _repair.Repair(ObjectKind.HazardousArea, bowTie);

        GeometryAssert.EqualNormalized("MULTIPOLYGON (((46.901 39.952, 46.902 39.95275, 46.901 39.9535, 46.901 39.952)), " +
            "((46.902 39.95275, 46.903 39.952, 46.903 39.9535, 46.902 39.95275)))", result.Geometry, 1e-12);
        Assert.Empty(result.Remaining);
        var note = Assert.IsType<Domain.Reports.GeometryRepairNote>(result.Note);
        Assert.Equal(GeometryErrorKind.SelfIntersection, Assert.Single(note.Problems).Kind);
        Assert.Equal("rebuilt with GeometryFixer as a MultiPolygon of 2 parts", note.Changes);
        Assert.Equal((5, 8), (note.VerticesBefore, note.VerticesAfter));
        // As drawn, the two halves of a symmetric bow-tie cancel out; repaired, they add up to half the bounding box.
        Assert.InRange(note.AreaBeforeSquareMetres, 0, 1);
        Assert.InRange(note.AreaAfterSquareMetres, 14_200, 14_400);
        GeometryAssert.EqualExact(bowTie, note.Original);
        Assert.StartsWith("invalid geometry: Self-intersection (the boundary crosses itself, as in a bow-tie) at (46.902 39.95275); " +
            "rebuilt with GeometryFixer as a MultiPolygon of 2 parts: 5 positions and 0 m² before, 8 positions and 14", note.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_LatitudeFirst_SwapsTheAxesBack()
    {
        var swapped = Wkt.Read("POLYGON ((39.952 46.901, 39.952 46.903, 39.9535 46.903, 39.9535 46.901, 39.952 46.901))");

        var result = _repair.Repair(ObjectKind.HazardousArea, swapped);

        GeometryAssert.EqualNormalized("POLYGON ((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952))", result.Geometry);
        Assert.Empty(result.Remaining);
        Assert.Equal("swapped longitude and latitude", result.Note!.Changes);
        Assert.Equal(GeometryErrorKind.SwappedAxes, Assert.Single(result.Note.Problems).Kind);
        Assert.Equal(39.952, swapped.Coordinate.X); // the geometry given is left as it came
    }

    [Fact]
    public void Repair_SwappedBowTie_SwapsThenRebuilds()
    {
        var swappedBowTie = Wkt.Read("POLYGON ((39.952 46.901, 39.9535 46.903, 39.952 46.903, 39.9535 46.901, 39.952 46.901))");

        var result = _repair.Repair(ObjectKind.HazardousArea, swappedBowTie);

        Assert.Empty(result.Remaining);
        Assert.Equal("swapped longitude and latitude; rebuilt with GeometryFixer as a MultiPolygon of 2 parts", result.Note!.Changes);
        Assert.Equal([GeometryErrorKind.SwappedAxes, GeometryErrorKind.SelfIntersection], result.Note.Problems.Select(p => p.Kind));
        Assert.True(GeometryValidator.ForKarabakh().Validate(result.Geometry).Count == 0, result.Geometry.AsText());
    }

    [Fact]
    public void Repair_CollapsedRing_IsNotRepairedAndSaysWhy()
    {
        var collapsed = Wkt.Read("POLYGON ((46.901 39.952, 46.903 39.952, 46.901 39.952))");

        var result = _repair.Repair(ObjectKind.HazardousArea, collapsed);

        Assert.False(result.IsRepaired);
        GeometryAssert.EqualExact(collapsed, result.Geometry);
        var error = Assert.Single(result.Remaining);
        Assert.Equal(GeometryErrorKind.TooFewPoints, error.Kind);
        Assert.EndsWith("A repair would leave nothing of it (it encloses no area); redraw it.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Valid: nothing to do.
    [InlineData("POLYGON ((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952))", null)]
    // Outside the region (in Georgia): not something a repair can know how to fix.
    [InlineData("POLYGON ((42.69 42.26, 42.70 42.26, 42.70 42.27, 42.69 42.26))", GeometryErrorKind.OutsideRegion)]
    public void Repair_NothingRepairable_ChangesNothing(string wkt, GeometryErrorKind? remaining)
    {
        var geometry = Wkt.Read(wkt);

        var result = _repair.Repair(ObjectKind.HazardousArea, geometry);

        Assert.Null(result.Note);
        Assert.Same(geometry, result.Geometry);
        Assert.Equal(remaining is null ? [] : [remaining.Value], result.Remaining.Select(e => e.Kind));
    }

    [Fact]
    public void Repair_RingClosedByTheReader_IsRecordedWithTheRest()
    {
        var closed = Wkt.Read("POLYGON ((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952))");
        var notClosed = new GeometryValidationError(GeometryErrorKind.RingNotClosed, new LonLat(46.901, 39.952), "the outer ring is not closed.");

        var result = _repair.Repair(ObjectKind.HazardousArea, closed, [notClosed]);

        Assert.Same(closed, result.Geometry);
        Assert.Equal("closed the ring by repeating its first position", result.Note!.Changes);
        Assert.Equal([notClosed], result.Note.Problems);
    }
}
