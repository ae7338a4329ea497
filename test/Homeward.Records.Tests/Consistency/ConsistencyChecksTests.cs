using Homeward.Geo;
using Homeward.Records.Consistency;
using Homeward.Records.Traverse;
using Homeward.Records.Units;

namespace Homeward.Records.Tests.Consistency;

/// <summary>Each flag of spec section 5.3, raised by changing the worked example where the paper could be wrong.</summary>
public sealed class ConsistencyChecksTests
{
    [Fact]
    public void Digitize_ClosingLegMisreadBy15Metres_RaisesF01ErrorAndLeavesTheTraverseUnadjusted()
    {
        var minefield = Changed("\"distance\": 59.6", "\"distance\": 74.6");

        var flag = Assert.Single(minefield.Flags, f => f.Code == "F01");
        Assert.Equal(FlagSeverity.Error, flag.Severity);
        Assert.False(minefield.Closure!.IsAdjusted);
        Assert.Equal(minefield.Point("B").RawPlaneEast, minefield.Point("B").PlaneEast);
    }

    [Fact]
    public void Digitize_ClosingLegOffBy2Metres_RaisesF01WarningForAPoorRelativePrecision()
    {
        var flag = Assert.Single(Changed("\"distance\": 59.6", "\"distance\": 61.6").Flags, f => f.Code == "F01");

        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.True(flag.Value < 500);
    }

    [Fact]
    public void Digitize_InteriorAnglesOff_RaisesF02()
    {
        var json = SampleRecords.Example3
            .Replace("\"bearing\": \"15-50\", \"distance\": 200.0 }", "\"bearing\": \"15-50\", \"distance\": 200.0, \"interiorAngle\": \"15-00\" }", StringComparison.Ordinal)
            .Replace("\"bearing\": \"30-50\", \"distance\": 60.0 }", "\"bearing\": \"30-50\", \"distance\": 60.0, \"interiorAngle\": \"15-00\" }", StringComparison.Ordinal)
            .Replace("\"bearing\": \"45-50\", \"distance\": 200.5 }", "\"bearing\": \"45-50\", \"distance\": 200.5, \"interiorAngle\": \"15-00\" }", StringComparison.Ordinal)
            .Replace("\"bearing\": \"10-00\", \"distance\": 250.0 }", "\"bearing\": \"10-00\", \"distance\": 250.0, \"interiorAngle\": \"16-00\" }", StringComparison.Ordinal);

        var flag = Assert.Single(SampleRecords.Digitize(json).Flags, f => f.Code == "F02");

        Assert.Equal(6, flag.Value!.Value, 1e-9); // 3 × 90° + 96° − 360°
    }

    [Fact]
    public void Digitize_UnitNotStated_ComputesEveryReadingAndRaisesF03()
    {
        var json = SampleRecords.Example3.Replace("\"bearingUnit\": \"mil6000\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"10-00\"", "1000", StringComparison.Ordinal).Replace("\"15-50\"", "1550", StringComparison.Ordinal)
            .Replace("\"30-50\"", "3050", StringComparison.Ordinal).Replace("\"45-50\"", "4550", StringComparison.Ordinal)
            .Replace("\"00-50\"", "50", StringComparison.Ordinal);

        var minefield = SampleRecords.Digitize(json);

        Assert.Equal(AngleUnit.Mil6000, minefield.BearingUnit);
        var flag = Assert.Single(minefield.Flags, f => f.Code == "F03");
        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Equal(["bearings in mil6400", "bearings in mil6300"], minefield.Alternatives.Select(a => a.Description));
    }

    [Fact]
    public void Digitize_ReferenceNotStated_ComputesMagneticAndGridAndRaisesF04WithTheDisplacement()
    {
        var minefield = Changed("\"bearingReference\": \"magnetic\",", string.Empty);

        var flag = Assert.Single(minefield.Flags, f => f.Code == "F04");
        Assert.Equal(BearingReference.Magnetic, minefield.BearingReference);

        // A 3.407° turn about L: the corner furthest from L, B (431.9 m), moves most; C moves 24.79 m, as spec example 3 says.
        Assert.Equal(431.93 * 2 * Math.Sin(3.4071 / 2 * Math.PI / 180), flag.Value!.Value, 0.01);
        Assert.Equal("B", Assert.Single(minefield.Alternatives).PointId);
        Assert.Contains("25.7 m", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Digitize_RowOutsideThePerimeter_RaisesF06()
    {
        var flag = Assert.Single(Changed("\"bearing\": \"30-50\", \"distance\": 40.0", "\"bearing\": \"30-50\", \"distance\": 70.0").Flags, f => f.Code == "F06");

        Assert.Equal("2", flag.Subject);
    }

    [Fact]
    public void Digitize_StatedTotalDiffersFromTheRows_RaisesF07()
    {
        var flag = Assert.Single(Changed("\"distanceUnit\": \"metre\",", "\"distanceUnit\": \"metre\", \"totalMines\": 80,").Flags, f => f.Code == "F07");

        Assert.Equal(71, flag.Value);
    }

    [Fact]
    public void Digitize_CornersInTheWrongOrder_RaisesF08()
    {
        var flag = Assert.Single(Changed("\"perimeter\": [\"A\", \"B\", \"C\", \"D\", \"A\"]", "\"perimeter\": [\"A\", \"C\", \"B\", \"D\", \"A\"]").Flags,
            f => f.Code == "F08");

        Assert.Equal(FlagSeverity.Error, flag.Severity);
    }

    [Theory]
    [InlineData("J-38-10-Б-б", 0)]
    [InlineData("J-38-10-Б-а", 1)]
    [InlineData("K-38-130", 1)]
    [InlineData("J38/10", 1)]
    public void Digitize_CitedMapSheet_IsCheckedByF09(string sheet, int flags)
    {
        var minefield = Changed("\"distanceUnit\": \"metre\",", $"\"distanceUnit\": \"metre\", \"mapSheet\": \"{sheet}\",");

        Assert.Equal(flags, minefield.Flags.Count(f => f.Code == "F09"));
    }

    [Fact]
    public void Digitize_EastingWithoutZonePrefix_RestoresItAndRaisesF10()
    {
        var minefield = Changed("\"x\": 8665000.00", "\"x\": 665000.00");

        Assert.Equal(FlagSeverity.Info, Assert.Single(minefield.Flags, f => f.Code == "F10").Severity);
        Assert.Equal(8_665_000, minefield.Point("L").PlaneEast, 1e-9);
    }

    [Fact]
    public void Digitize_StatedDeclinationFarFromTheModel_AppliesItAndRaisesF11()
    {
        var minefield = Changed("\"distanceUnit\": \"metre\",", "\"distanceUnit\": \"metre\", \"declinationDegrees\": 6.0,");

        Assert.Equal(6.0, minefield.DeclinationDegrees);
        Assert.Equal(4.648, minefield.ModelDeclinationDegrees, 0.0005);
        Assert.Equal(1.352, Assert.Single(minefield.Flags, f => f.Code == "F11").Value!.Value, 0.001);
    }

    [Fact]
    public void Digitize_NoDate_AssumesTheConflictPeriodAndRaisesF12()
    {
        var minefield = Changed("\"date\": \"1993-06-15\",", string.Empty);

        Assert.Single(minefield.Flags, f => f.Code == "F12");
        Assert.Equal(1991.5, minefield.DecimalYear, 0.01);
        Assert.True(minefield.DeclinationSigmaDegrees > 0.5);
    }

    [Fact]
    public void Digitize_NoCrs_InfersGaussKrugerFromTheZonePrefixAndRaisesF13()
    {
        var minefield = Changed("\"crs\": \"EPSG:28408\",", string.Empty);

        Assert.Single(minefield.Flags, f => f.Code == "F13");
        Assert.Equal(28408, minefield.RecordCrs.Srid);
        Assert.Equal(100, minefield.Point("A").Uncertainty.DatumMetres);
    }

    [Fact]
    public void Digitize_BackBearingOff_RaisesF14()
    {
        var flag = Assert.Single(Changed("\"distance\": 59.6 }", "\"distance\": 59.6, \"backBearing\": \"31-50\" }").Flags, f => f.Code == "F14");

        Assert.Equal(0, Changed("\"distance\": 59.6 }", "\"distance\": 59.6, \"backBearing\": \"30-40\" }").Flags.Count(f => f.Code == "F14"));
        Assert.Equal(6, flag.Value!.Value, 1e-9);
    }

    [Fact]
    public void Digitize_XAndYSwapped_ReadsThemRightAndRaisesF15()
    {
        var minefield = Changed("\"x\": 8665000.00, \"y\": 4430000.00", "\"x\": 4430000.00, \"y\": 8665000.00");

        Assert.Single(minefield.Flags, f => f.Code == "F15");
        Assert.Equal(664_829.34, minefield.Point("L").UtmEast, 0.01);
    }

    [Fact]
    public void Digitize_ZeroDistance_RaisesF16()
    {
        Assert.Single(Changed("\"bearing\": \"30-50\", \"distance\": 20.0", "\"bearing\": \"30-50\", \"distance\": 0").Flags, f => f.Code == "F16");
    }

    [Fact]
    public void Digitize_BearingBeyondTheFullCircle_IsRefusedAsF16()
    {
        var result = new MinefieldDigitizer(SampleRecords.Models).Digitize(SampleRecords.Read(
            SampleRecords.Example3.Replace("\"15-50\", \"distance\": 200.0", "6100, \"distance\": 200.0", StringComparison.Ordinal)));

        var error = Assert.Single(result.Errors);
        Assert.Equal("points[2].bearing", error.Field);
        Assert.Equal("6100", error.Value);
    }

    [Fact]
    public void Digitize_OverlapWithARecordedHazard_RaisesF17()
    {
        var example = SampleRecords.Digitize(SampleRecords.Example3);
        var hazard = example.PerimeterWgs84!.Centroid.Buffer(0.0005);

        var minefield = SampleRecords.Digitize(SampleRecords.Example3, DigitizeOptions.Default with { ExistingHazards = [("HA-AGD-000001", hazard)] });

        Assert.Contains("HA-AGD-000001", Assert.Single(minefield.Flags, f => f.Code == "F17").Message, StringComparison.Ordinal);
        Assert.Equal(GeometryServices.StorageSrid, minefield.PerimeterWgs84!.SRID);
    }

    [Fact]
    public void Digitize_RowLongerThanItsSpacingAllows_IsRefusedNamingTheRow()
    {
        var result = new MinefieldDigitizer(SampleRecords.Models).Digitize(SampleRecords.Read(
            SampleRecords.Example3.Replace("\"count\": 30, \"spacingMetres\": 5.0", "\"count\": 10, \"spacingMetres\": 5.0", StringComparison.Ordinal)));

        var error = Assert.Single(result.Errors);
        Assert.Equal("rows[1].count", error.Field);
        Assert.Equal("10", error.Value);
        Assert.Contains("longer than its spacing allows", error.Message, StringComparison.Ordinal);
    }

    private static DigitizedMinefield Changed(string from, string to)
    {
        Assert.Contains(from, SampleRecords.Example3, StringComparison.Ordinal);
        return SampleRecords.Digitize(SampleRecords.Example3.Replace(from, to, StringComparison.Ordinal));
    }
}
