using Homeward.Records.Format;
using Homeward.Records.Units;

namespace Homeward.Records.Tests.Format;

public sealed class MinefieldRecordReaderTests
{
    /// <summary>The issue's example record, completed with the two turning points it leaves out.</summary>
    public const string IssueExample = """
        { "id": "MF-AGD-0001", "date": "1994-05-12", "crs": "EPSG:28408", "bearingUnit": "mil6000", "bearingReference": "magnetic",
          "distanceUnit": "metre", "paceLengthMetres": 0.75,
          "points": [ { "id": "RP1", "type": "reference", "x": 8664944.0, "y": 4430293.0 },
                      { "id": "TP1", "type": "turning", "from": "RP1", "bearing": "15-50", "distance": 120.0 },
                      { "id": "TP2", "type": "turning", "from": "TP1", "bearing": 1230, "distance": 85.5 },
                      { "id": "TP3", "type": "turning", "from": "TP2", "bearing": "27-00", "distance": 60.0 },
                      { "id": "TP4", "type": "turning", "from": "TP3", "bearing": { "value": 4310, "unit": "mil6000" }, "distance": { "value": 112, "unit": "pace" } } ],
          "perimeter": ["TP1", "TP2", "TP3", "TP4", "TP1"],
          "rows": [ { "id": "A", "start": "TP1", "end": "TP2", "mineType": "PMN-2", "count": 18, "spacingMetres": 5.0 } ] }
        """;

    [Fact]
    public void ReadJson_IssueExample_KeepsTheTextAndUnitsOfEveryValue()
    {
        var record = SampleRecords.Read(IssueExample);

        Assert.Equal("MF-AGD-0001", record.Id);
        Assert.Equal(new DateOnly(1994, 5, 12), record.LaidFrom);
        Assert.False(record.IsDateApproximate);
        Assert.Equal(28408, record.Crs!.Srid);
        Assert.Equal(AngleUnit.Mil6000, record.BearingUnit);
        Assert.Equal(BearingReference.Magnetic, record.BearingReference);
        var tp1 = record.Points[1];
        Assert.Equal("15-50", tp1.Leg!.Bearing.Text);
        Assert.Equal(1550, tp1.Leg.Bearing.Value);
        Assert.True(tp1.Leg.Bearing.IsPairNotation);
        Assert.Equal(1230, record.Points[2].Leg!.Bearing.Value);
        Assert.Equal(DistanceUnit.Pace, record.Points[4].Leg!.Distance.Unit);
        Assert.Equal(["TP1", "TP2", "TP3", "TP4", "TP1"], record.Perimeter);
        Assert.Equal("PMN-2", record.Rows[0].MineType);
    }

    [Fact]
    public void ReadJson_IssueExample_Digitizes()
    {
        var minefield = SampleRecords.Digitize(IssueExample);

        Assert.Equal("IGRF-14", minefield.GeomagneticModel);
        Assert.Null(minefield.Closure); // no closing leg is measured
        Assert.True(minefield.PerimeterWgs84!.IsValid);
        Assert.Equal(18, minefield.Rows[0].Mines.Count);
        Assert.All(minefield.Points, p => Assert.InRange(p.Uncertainty.RadialMetres, 30, 80));
    }

    [Theory]
    [InlineData("\"bearingUnit\": \"mil6000\"", "\"bearingUnit\": \"mil6500\"", "bearingUnit", "mil6500")]
    [InlineData("\"distanceUnit\": \"metre\"", "\"distanceUnit\": \"verst\"", "distanceUnit", "verst")]
    [InlineData("\"bearingReference\": \"magnetic\"", "\"bearingReference\": \"compass\"", "bearingReference", "compass")]
    [InlineData("\"unit\": \"pace\"", "\"unit\": \"step\"", "points[4].distance.unit", "step")]
    [InlineData("\"crs\": \"EPSG:28408\"", "\"crs\": \"EPSG:3857\"", "crs", "EPSG:3857")]
    public void ReadJson_UnknownUnitOrReference_NamesTheFieldAndValue(string from, string to, string field, string value)
    {
        var error = Assert.Single(Refused(IssueExample.Replace(from, to, StringComparison.Ordinal)));

        Assert.Equal(field, error.Field);
        Assert.Equal(value, error.Value);
    }

    [Fact]
    public void ReadJson_LetterOInABearing_SaysWhereAndWhatWasMeant()
    {
        var error = Assert.Single(Refused(IssueExample.Replace("\"15-50\"", "\"15-5O\"", StringComparison.Ordinal)));

        Assert.Equal("points[1].bearing", error.Field);
        Assert.Equal("15-5O", error.Value);
        Assert.Contains("'O' at position 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_LegFromAnUndefinedPoint_NamesThePoint()
    {
        var error = Assert.Single(Refused(IssueExample.Replace("\"from\": \"TP2\"", "\"from\": \"TP9\"", StringComparison.Ordinal)));

        Assert.Equal("points[3].from", error.Field);
        Assert.Equal("TP9", error.Value);
    }

    [Fact]
    public void ReadJson_PerimeterThatNeverCloses_SaysWhereItEnds()
    {
        var error = Assert.Single(Refused(IssueExample.Replace("\"TP4\", \"TP1\"]", "\"TP4\"]", StringComparison.Ordinal)));

        Assert.Equal("perimeter", error.Field);
        Assert.Contains("never closes", error.Message, StringComparison.Ordinal);
        Assert.Contains("TP4", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"count\": 18", "\"count\": 0", "rows[0].count")]
    [InlineData("\"spacingMetres\": 5.0", "\"spacingMetres\": -5", "rows[0].spacingMetres")]
    [InlineData("\"distance\": 85.5", "\"distance\": -85.5", "points[2].distance")]
    [InlineData("\"distance\": 85.5", "\"distance\": \"85,5\"", "points[2].distance")]
    [InlineData("\"date\": \"1994-05-12\"", "\"date\": \"12.05.1994\"", "date")]
    [InlineData("\"id\": \"TP3\", \"type\": \"turning\"", "\"id\": \"TP2\", \"type\": \"turning\"", "points[3].id")]
    [InlineData("\"end\": \"TP2\"", "\"end\": \"TP7\"", "rows[0].end")]
    public void ReadJson_BadValue_NamesTheField(string from, string to, string field)
    {
        Assert.Contains(Refused(IssueExample.Replace(from, to, StringComparison.Ordinal)), e => e.Field == field);
    }

    [Theory]
    [InlineData("1994", "1994-01-01", "1994-12-31")]
    [InlineData("1994-05", "1994-05-01", "1994-05-31")]
    [InlineData("1993-06-01/1993-06-30", "1993-06-01", "1993-06-30")]
    public void ReadJson_ApproximateDate_KeepsItsRange(string date, string from, string to)
    {
        var record = SampleRecords.Read(IssueExample.Replace("1994-05-12", date, StringComparison.Ordinal));

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), record.LaidFrom);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), record.LaidTo);
        Assert.True(record.IsDateApproximate);
    }

    [Theory]
    [InlineData("93°30'", 93.5, AngleUnit.Degree)]
    [InlineData("93°30'36\"", 93.51, AngleUnit.Degree)]
    [InlineData("45-50", 4550, null)]
    [InlineData("45–50", 4550, null)]
    [InlineData("1230", 1230, null)]
    [InlineData("93.25", 93.25, null)]
    public void ParseBearing_WrittenForms_AreRead(string text, double value, AngleUnit? unit)
    {
        var (bearing, problem) = RecordValueParser.ParseBearing(text);

        Assert.Null(problem);
        Assert.Equal(value, bearing!.Value, 1e-9);
        Assert.Equal(unit, bearing.Unit);
    }

    [Fact]
    public void ReadJson_NotJson_SaysWhere()
    {
        var error = Assert.Single(Refused("{ \"id\": "));

        Assert.Equal("record", error.Field);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<RecordError> Refused(string json)
    {
        var read = MinefieldRecordReader.ReadJson(json);
        Assert.False(read.Success);
        return read.Errors;
    }
}
