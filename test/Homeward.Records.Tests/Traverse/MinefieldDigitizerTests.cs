using Homeward.Records.Consistency;
using Homeward.Records.Traverse;

namespace Homeward.Records.Tests.Traverse;

/// <summary>Spec example 3, every number of it: the synthetic record with its closure, adjustment, rows, outputs and errors.</summary>
public sealed partial class MinefieldDigitizerTests
{
    private static readonly DigitizedMinefield Example = SampleRecords.Digitize(SampleRecords.Example3, SampleRecords.WithoutDatum);

    [Fact]
    public void Digitize_Example3_AppliesIgrfDeclinationAndGkConvergence()
    {
        Assert.Equal("IGRF-14", Example.GeomagneticModel);
        Assert.Equal(1993.4521, Example.DecimalYear, 0.0001);
        Assert.Equal(4.6480, Example.DeclinationDegrees, 0.0005);
        Assert.Equal(1.2409030, Example.ConvergenceDegrees, 0.000001);
        Assert.Equal(3.4071, Example.DeclinationDegrees - Example.ConvergenceDegrees, 0.0005);
        Assert.Equal(28408, Example.Plane.Srid);
        Assert.Equal(32638, Example.Utm.Srid);
    }

    [Fact]
    public void Digitize_Example3_ClosesWithTheSpecMisclosure()
    {
        var closure = Example.Closure!;

        Assert.Equal(-0.542, closure.DeltaEastMetres, 0.001);
        Assert.Equal(-0.342, closure.DeltaNorthMetres, 0.001);
        Assert.Equal(0.640, closure.LinearMetres, 0.001);
        Assert.Equal(520.1, closure.PerimeterLengthMetres, 0.0001);
        Assert.Equal(812, closure.RelativePrecision, 1.0);
        Assert.True(closure.IsAdjusted);
    }

    [Theory]
    // Spec table: raw and Bowditch-adjusted corners, X north, Y east, GK zone 8.
    [InlineData("A", 4430111.912, 8665223.552, 4430111.912, 8665223.552)]
    [InlineData("B", 4430089.594, 8665422.303, 4430089.725, 8665422.511)]
    [InlineData("C", 4430029.969, 8665415.608, 4430030.139, 8665415.878)]
    [InlineData("D", 4430052.343, 8665216.360, 4430052.645, 8665216.839)]
    public void Digitize_Example3_CornersMatchTheSpec(string id, double rawX, double rawY, double adjustedX, double adjustedY)
    {
        var point = Example.Point(id);

        Assert.Equal(rawX, point.RawPlaneNorth, 0.0015);
        Assert.Equal(rawY, point.RawPlaneEast, 0.0015);
        Assert.Equal(adjustedX, point.PlaneNorth, 0.0015);
        Assert.Equal(adjustedY, point.PlaneEast, 0.0015);
    }

    [Fact]
    public void Digitize_Example3_AdjustedAreaIs11974Point9SquareMetres()
    {
        Assert.Equal(11974.9, Example.PlaneAreaSquareMetres, 0.05);

        // The UTM area is smaller by the two planes' scale factors (GK 1.00033461, UTM 0.99993447, squared).
        Assert.Equal(11974.9 * Math.Pow(0.99993447 / 1.00033461, 2), Example.AreaSquareMetres, 0.5);
    }

    [Theory]
    [InlineData("S1", 4430092.037, 8665221.321)]
    [InlineData("1.end", 4430071.951, 8665400.196)]
    [InlineData("S2", 4430072.162, 8665219.089)]
    [InlineData("2.end", 4430052.076, 8665397.964)]
    public void Digitize_Example3_RowEndsMatchTheSpec(string id, double x, double y)
    {
        Assert.Equal(x, Example.Point(id).PlaneNorth, 0.0015);
        Assert.Equal(y, Example.Point(id).PlaneEast, 0.0015);
    }

    [Fact]
    public void Digitize_Example3_RaisesOnlyTheRowTwoMismatch()
    {
        var flag = Assert.Single(Example.Flags);

        Assert.Equal("F05", flag.Code);
        Assert.Equal("2", flag.Subject);
        Assert.Equal(35.00, flag.Value!.Value, 0.005);
        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Equal(180.00, Example.Rows[0].LengthMetres, 0.005);
        Assert.Equal(180.00, Example.Rows[0].SpanMetres, 0.005);
        Assert.Equal(145.00, Example.Rows[1].SpanMetres, 0.005);
        Assert.Equal(41, Example.Rows[0].Mines.Count);
        Assert.Equal(30, Example.Rows[1].Mines.Count);
    }

    [Theory]
    // Spec table "Outputs in WGS84 (EPSG:15865) and UTM 38N"; 1e-7° is about a centimetre.
    [InlineData("L", 39.9873477, 46.9305765, 664829.34, 4428137.84)]
    [InlineData("A", 39.9883115, 46.9332208, 665052.80, 4428249.70)]
    [InlineData("B", 39.9880729, 46.9355434, 665251.68, 4428227.53)]
    [InlineData("C", 39.9875379, 46.9354506, 665245.05, 4428167.96)]
    [InlineData("D", 39.9877793, 46.9331272, 665046.09, 4428190.46)]
    [InlineData("S1", 39.9881330, 46.9331897, 665050.57, 4428229.84)]
    [InlineData("1.end", 39.9879173, 46.9352777, 665229.38, 4428209.76)]
    [InlineData("S2", 39.9879545, 46.9331585, 665048.34, 4428209.97)]
    [InlineData("2.end", 39.9877388, 46.9352466, 665227.14, 4428189.89)]
    public void Digitize_Example3_OutputsMatchTheSpecInWgs84AndUtm(string id, double lat, double lon, double utmEast, double utmNorth)
    {
        var point = Example.Point(id);

        Assert.Equal(lat, point.Latitude, 1.5e-7);
        Assert.Equal(lon, point.Longitude, 1.5e-7);
        Assert.Equal(utmEast, point.UtmEast, 0.015);
        Assert.Equal(utmNorth, point.UtmNorth, 0.015);
    }

    [Theory]
    // Spec: open-traverse DRMS before adjustment, σL 10 m per axis, σα 1°, σd 1 %, σδ 0.5°, no datum term.
    [InlineData("A", 15.17)]
    [InlineData("B", 15.99)]
    [InlineData("C", 16.01)]
    [InlineData("D", 16.22)]
    public void Digitize_Example3_RadialErrorsMatchTheSpec(string id, double drms)
    {
        var uncertainty = Example.Point(id).Uncertainty;

        Assert.Equal(drms, uncertainty.RadialMetres, 0.006);
        Assert.Equal(10 * Math.Sqrt(2), uncertainty.ReferenceMetres, 1e-9);
        Assert.Equal(0, uncertainty.DatumMetres);
    }

    [Fact]
    public void Digitize_Example3WithDatum_AddsTheTransformationAccuracy()
    {
        var withDatum = SampleRecords.Digitize(SampleRecords.Example3);

        Assert.Equal(4.5, withDatum.Point("A").Uncertainty.DatumMetres);
        Assert.Equal(Math.Sqrt(15.17 * 15.17 + 4.5 * 4.5), withDatum.Point("A").Uncertainty.RadialMetres, 0.01);
    }

    [Theory]
    // Spec sensitivity (adjusted corners): bearings treated as grid (no δ − γ) move A 14.86 m and C 24.79 m; read as 6400 mils, A moves 16.36 m.
    [InlineData("\"bearingReference\": \"magnetic\"", "\"bearingReference\": \"grid\"", "A", 14.86)]
    [InlineData("\"bearingReference\": \"magnetic\"", "\"bearingReference\": \"grid\"", "C", 24.79)]
    [InlineData("\"bearingUnit\": \"mil6000\"", "\"bearingUnit\": \"mil6400\"", "A", 16.36)]
    public void Digitize_Example3Misread_MovesPointsAsTheSpecSays(string from, string to, string id, double metres)
    {
        var misread = SampleRecords.Digitize(SampleRecords.Example3.Replace(from, to, StringComparison.Ordinal), SampleRecords.WithoutDatum);
        var (a, b) = (Example.Point(id), misread.Point(id));

        Assert.Equal(metres, Math.Sqrt(Math.Pow(a.PlaneEast - b.PlaneEast, 2) + Math.Pow(a.PlaneNorth - b.PlaneNorth, 2)), 0.01);
    }

    [Fact]
    public void Digitize_Example3_UncertaintyZoneHoldsThePerimeterAndEveryMine()
    {
        var zone = Example.UncertaintyZoneUtm!;

        Assert.True(zone.IsValid);
        Assert.True(zone.Contains(Example.PerimeterUtm!));
        Assert.All(Example.Rows.SelectMany(r => r.Mines), m => Assert.True(zone.Contains(zone.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(m.UtmEast, m.UtmNorth)))));

        // Grown by at least 2 × DRMS at every corner (about 30 m here).
        Assert.True(zone.Area > Example.AreaSquareMetres + 30 * Example.PerimeterUtm!.Length);
    }
}
