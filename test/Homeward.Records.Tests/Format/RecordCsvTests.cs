using System.Text;
using Homeward.Records.Format;
using Homeward.Records.Units;

namespace Homeward.Records.Tests.Format;

public sealed class RecordCsvTests
{
    /// <summary>Spec example 3 in the spreadsheet layout, with semicolons as a spreadsheet in many locales saves it.</summary>
    public const string Example3 = """
        kind;id;type;from;to;bearing;distance;x;y;sigmaMetres;start;end;length;mineType;count;spacingMetres;name;value;description
        record;;;;;;;;;;;;;;;;id;SYN-EX3;
        record;;;;;;;;;;;;;;;;date;1993-06-15;
        record;;;;;;;;;;;;;;;;crs;EPSG:28408;
        record;;;;;;;;;;;;;;;;bearingUnit;mil6000;
        record;;;;;;;;;;;;;;;;bearingReference;magnetic;
        point;L;landmark;;;;;8665000.00;4430000.00;10;;;;;;;;;"bridge; stone"
        point;A;turning;L;;10-00;250.0;;;;;;;;;;;;
        point;B;turning;A;;15-50;200.0;;;;;;;;;;;;
        point;C;turning;B;;30-50;60.0;;;;;;;;;;;;
        point;D;turning;C;;45-50;200.5;;;;;;;;;;;;
        point;S1;rowStart;A;;30-50;20.0;;;;;;;;;;;;
        point;S2;rowStart;A;;30-50;40.0;;;;;;;;;;;;
        leg;;;D;A;00-50;59.6;;;;;;;;;;;;
        perimeter;;;;;;;;;;;;;;;;;A B C D A;
        row;1;;;;15-50;;;;;S1;;180.0;PMN;41;4.5;;;
        row;2;;;;15-50;;;;;S2;;180.0;PMN;30;5.0;;;
        """;

    [Fact]
    public void Read_Example3AsCsv_ComputesTheSameAsTheJson()
    {
        var fromCsv = SampleRecords.Digitize(RecordFiles.Read("ex3.csv", Encoding.UTF8.GetBytes(Example3)).Value);
        var fromJson = SampleRecords.Digitize(SampleRecords.Example3);

        Assert.Equal("bridge; stone", fromCsv.Record.Points[0].Description);
        Assert.Equal(fromJson.Closure!.LinearMetres, fromCsv.Closure!.LinearMetres, 1e-12);
        Assert.Equal(fromJson.Points.Select(p => (p.Id, p.Longitude, p.Latitude)), fromCsv.Points.Select(p => (p.Id, p.Longitude, p.Latitude)));
        Assert.Equal(fromJson.Flags.Select(f => f.Code), fromCsv.Flags.Select(f => f.Code));
    }

    [Fact]
    public void Read_BadBearing_NamesTheSpreadsheetLine()
    {
        var error = Assert.Single(RecordCsv.Read(Example3.Replace(";15-50;200.0;", ";15-5O;200.0;", StringComparison.Ordinal)).Errors);

        Assert.Equal("line 9: points[2].bearing", error.Field);
        Assert.Equal("15-5O", error.Value);
    }

    [Fact]
    public void Read_UnitOverrideColumns_BecomeTheBearingsAndDistancesOwnUnits()
    {
        const string csv = "kind,id,from,bearing,bearingUnit,distance,distanceUnit,x,y,name,value\n" +
            "record,,,,,,,,,id,MF-1\n" +
            "point,L,,,,,,8665000,4430000,,\n" +
            "point,A,L,93.5,degree,160,pace,,,,\n";

        var record = RecordCsv.Read(csv).Value;

        Assert.Equal(AngleUnit.Degree, record.Points[1].Leg!.Bearing.Unit);
        Assert.Equal(DistanceUnit.Pace, record.Points[1].Leg!.Distance.Unit);
    }

    [Fact]
    public void Read_UnknownColumnOrKind_IsRefusedNamingIt()
    {
        Assert.Equal("colour", Assert.Single(RecordCsv.Read("kind,id,colour\npoint,L,red\n").Errors).Value);
        Assert.Equal("line 2", Assert.Single(RecordCsv.Read("kind,id\nmarker,L\n").Errors).Field);
    }
}
