using Homeward.Domain;
using Homeward.Domain.Validation;
using Homeward.Exchange.FieldReports;
using Homeward.Geo.Validation;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.FieldReports;

/// <summary>Geometry at the file boundary: invalid geometry refused with its coordinate, repaired only on request and recorded.</summary>
public sealed partial class FieldReportFileTests
{
    private static readonly FieldReportReadOptions Repairing = new() { Validator = GeometryValidator.ForKarabakh(), RepairGeometry = true };

    [Fact]
    public void Read_BowTie_IsRefusedNamingFeatureItemAndCrossing()
    {
        var result = FieldReportFile.Read(OneHazard("[[46.901, 39.952], [46.903, 39.9535], [46.903, 39.952], [46.901, 39.9535], [46.901, 39.952]]"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(GeometryErrorKind.SelfIntersection, error.GeometryProblem?.Kind);
        Assert.Equal("feature 1 (item 'h1'), field 'geometry' at (46.902 39.95275): invalid geometry: Self-intersection " +
            "(the boundary crosses itself, as in a bow-tie).", error.ToString());
    }

    [Fact]
    public void Read_BowTieWithRepair_StoresTwoTrianglesAndTheRecordOfTheRepair()
    {
        var result = FieldReportFile.Read(OneHazard("[[46.901, 39.952], [46.903, 39.9535], [46.903, 39.952], [46.901, 39.9535], [46.901, 39.952]]"), Repairing);

        Assert.True(result.Success, string.Join("; ", result.Errors));
        var item = Assert.Single(result.Value.Items);
        Assert.Equal("MultiPolygon", item.Geometry!.GeometryType);
        Assert.True(item.Geometry.IsValid);
        var repair = Assert.IsType<Domain.Reports.GeometryRepairNote>(item.GeometryRepair);
        Assert.Equal(GeometryErrorKind.SelfIntersection, Assert.Single(repair.Problems).Kind);
        Assert.Equal("Polygon", repair.Original.GeometryType);
    }

    [Fact]
    public void Read_RingNotClosed_IsRefusedNamingWhereItStartsAndEnds()
    {
        // The last corner was never joined back to the first, as some phone apps save a walked perimeter.
        var result = FieldReportFile.Read(OneHazard("[[46.901, 39.952], [46.903, 39.952], [46.903, 39.9535], [46.901, 39.9535]]"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((GeometryErrorKind.RingNotClosed, new LonLat(46.901, 39.952)), (error.GeometryProblem?.Kind, error.GeometryProblem?.Location));
        Assert.Equal("invalid geometry: the outer ring is not closed: it starts at (46.901 39.952) and ends at (46.901 39.9535) " +
            "(a ring must end where it starts).", error.Message);
    }

    [Fact]
    public void Read_RingNotClosedWithRepair_ClosesItAndRecordsIt()
    {
        var result = FieldReportFile.Read(OneHazard("[[46.901, 39.952], [46.903, 39.952], [46.903, 39.9535], [46.901, 39.9535]]"), Repairing);

        var item = Assert.Single(result.Value.Items);
        GeometryAssert.EqualNormalized("POLYGON ((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952))", item.Geometry);
        Assert.Equal("closed the ring by repeating its first position", item.GeometryRepair!.Changes);
        Assert.Equal(GeometryErrorKind.RingNotClosed, Assert.Single(item.GeometryRepair.Problems).Kind);
    }

    [Fact]
    public void Read_LatitudeFirst_IsReadWithAWarningThatReviewWillRefuse()
    {
        var result = FieldReportFile.Read(OneHazard("[[39.952, 46.901], [39.952, 46.903], [39.9535, 46.903], [39.9535, 46.901], [39.952, 46.901]]"));

        Assert.True(result.Success);
        Assert.Null(result.Value.Items[0].GeometryRepair);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(GeometryErrorKind.SwappedAxes, warning.GeometryProblem?.Kind);
        Assert.StartsWith("feature 1 (item 'h1'), field 'geometry' at (39.952 46.901): latitude and longitude appear swapped", warning.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LatitudeFirstWithRepair_SwapsThemBack()
    {
        var result = FieldReportFile.Read(OneHazard("[[39.952, 46.901], [39.952, 46.903], [39.9535, 46.903], [39.9535, 46.901], [39.952, 46.901]]"), Repairing);

        Assert.Empty(result.Warnings);
        var item = Assert.Single(result.Value.Items);
        GeometryAssert.EqualNormalized("POLYGON ((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952))", item.Geometry);
        Assert.Equal("swapped longitude and latitude", item.GeometryRepair!.Changes);
    }

    private static string OneHazard(string ring) => $$"""
        { "type": "FeatureCollection", "report": { "title": "NTS north of Aghdam" }, "features": [
          { "type": "Feature", "id": "h1", "geometry": { "type": "Polygon", "coordinates": [{{ring}}] },
            "properties": { "kind": "hazardousArea", "areaClass": "sha", "hazardType": "battle-area" } } ] }
        """;
}
