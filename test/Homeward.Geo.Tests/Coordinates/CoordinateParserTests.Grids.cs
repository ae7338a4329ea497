using Homeward.Geo.Coordinates;
using Homeward.Geo.Crs;

namespace Homeward.Geo.Tests.Coordinates;

public sealed partial class CoordinateParserTests
{
    [Theory]
    [InlineData("38N 664506 4428547", 32638, 664506, 4428547)] // N: the northern hemisphere (and band N is northern too).
    [InlineData("38S 664506 4428547", 32638, 664506, 4428547)] // S: band S, 32°N–40°N, as a GPS receiver shows it.
    [InlineData("38T 664506 4428547", 32638, 664506, 4428547)] // 39.99°N is within half a degree of band T.
    [InlineData("38s 0664506 4428547", 32638, 664506, 4428547)]
    [InlineData("38 S 664506, 4428547", 32638, 664506, 4428547)]
    [InlineData("38S 664506.25 4428547.75", 32638, 664506.25, 4428547.75)]
    [InlineData("39T 404122 4473878", 32639, 404122, 4473878)]
    [InlineData("34H 261882 6243182", 32734, 261882, 6243182)] // Southern band H: EPSG:32734.
    public void ParseUtm_GoodInput_GivesUtmPosition(string text, int srid, double easting, double northing)
    {
        var result = CoordinateParser.ParseUtm(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(new ReferencedCoordinate(CoordinateReferenceSystem.FromSrid(srid), easting, northing), result.Value);
    }

    [Theory]
    [InlineData("", 0, "a UTM zone from 1 to 60")]
    [InlineData("61N 664506 4428547", 0, "a UTM zone from 1 to 60")]
    [InlineData("38.5N 664506 4428547", 0, "a UTM zone from 1 to 60")]
    [InlineData("38 664506 4428547", 3, "a latitude band letter (C to X) after the zone")]
    [InlineData("38I 664506 4428547", 2, "a latitude band letter (C to X, not I or O)")]
    [InlineData("38N 4428547 664506", 4, "an easting between 0 and 1 000 000 m")] // Northing first.
    [InlineData("38N -664506 4428547", 4, "an easting between 0 and 1 000 000 m")]
    [InlineData("38N 664506", 10, "a northing between 0 and 10 000 000 m")]
    [InlineData("38N 664506 4428547 12", 19, "the end of the text after the northing")]
    [InlineData("38N 664506 4428547 #", 19, "digits or a band letter")]
    [InlineData("23S 500000 7000000", 2, "a band letter that agrees with the northing, about 63.1°N (band V; ")] // "S" meant south.
    [InlineData("38C 664506 4428547", 2, "a band letter that agrees with the northing, about 50.3°S (band F; ")]
    public void ParseUtm_BadInput_NamesPositionAndExpectation(string text, int position, string expected)
    {
        AssertError(CoordinateParser.ParseUtm(text).Error, text, position, expected);
    }

    [Theory]
    [InlineData("X=4430293 Y=8664944", 28408, 8664944, 4430293)]
    [InlineData("Y=8664944 X=4430293", 28408, 8664944, 4430293)]
    [InlineData("x=4430293, y=8664944", 28408, 8664944, 4430293)]
    [InlineData("Х=4430293 У=8664944", 28408, 8664944, 4430293)] // Cyrillic Kha and U, as typed from a Soviet record.
    [InlineData("X: 4430293  Y: 8664944", 28408, 8664944, 4430293)]
    [InlineData("X 4430293 Y 8664944", 28408, 8664944, 4430293)]
    [InlineData("8664944 4430293", 28408, 8664944, 4430293)] // Unlabelled: the easting is the number with the zone prefix.
    [InlineData("4430293 8664944", 28408, 8664944, 4430293)]
    [InlineData("4430293, 8664944", 28408, 8664944, 4430293)]
    [InlineData("X=4476000 Y=9404000", 28409, 9404000, 4476000)] // Baku: zone 9.
    [InlineData("X=4430293.25 Y=8664944.5", 28408, 8664944.5, 4430293.25)]
    public void ParseGaussKruger_GoodInput_GivesZoneFromEastingPrefix(string text, int srid, double easting, double northing)
    {
        var result = CoordinateParser.ParseGaussKruger(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(new ReferencedCoordinate(CoordinateReferenceSystem.FromSrid(srid), easting, northing), result.Value);
    }

    [Theory]
    [InlineData("", 0, "X= and Y=, or two numbers")]
    [InlineData("X=4430293 Y=664944", 12, "an easting (Y) with its zone prefix")] // The zone prefix left out (EPSG:2498 style).
    [InlineData("X=4430293 Y=7664944", 12, "Gauss–Krüger zone 8 or 9 as the easting's prefix (zone 7 is not supported)")]
    [InlineData("X=4430293 X=8664944", 10, "the label Y, as X is already given")]
    [InlineData("X=4430293", 9, "the label Y")]
    [InlineData("Z=4430293 Y=8664944", 0, "the label X or Y")]
    [InlineData("X= Y=8664944", 3, "a northing (X) between 0 and 10 000 000 m")]
    [InlineData("X=-4430293 Y=8664944", 2, "a northing (X) between 0 and 10 000 000 m")]
    [InlineData("8664944 9430293", 0, "the labels X= and Y=, as both numbers could be the zone-prefixed easting")]
    [InlineData("4430293 5664944", 0, "an easting (Y) with its zone prefix")]
    [InlineData("8664944", 7, "a second number")]
    [InlineData("8664944 4430293 1", 16, "the end of the text")]
    [InlineData("X=4430293 Y=8664944 м", 20, "the end of the text")]
    [InlineData("X=4430293 Y=8664944 #", 20, "digits, or the label X or Y")]
    public void ParseGaussKruger_BadInput_NamesPositionAndExpectation(string text, int position, string expected)
    {
        AssertError(CoordinateParser.ParseGaussKruger(text).Error, text, position, expected);
    }

    [Fact]
    public void Parse_DegreesOnPulkovo1942_KeepsThatCrs()
    {
        var result = CoordinateParser.Parse(
            "39°59'28\"N 46°55'37\"E", CoordinateFormat.DegreesMinutesSeconds, CoordinateReferenceSystem.Pulkovo1942);

        Assert.Equal(new ReferencedCoordinate(CoordinateReferenceSystem.Pulkovo1942, Lon, Lat), result.Value);
    }

    [Theory]
    [InlineData(CoordinateFormat.DecimalDegrees, "39.9911, 46.9269", 4326)]
    [InlineData(CoordinateFormat.DegreesMinutesSeconds, "39 59 28 N 46 55 37 E", 4326)]
    [InlineData(CoordinateFormat.Utm, "38S 664506 4428547", 32638)]
    [InlineData(CoordinateFormat.GaussKruger, "X=4430293 Y=8664944", 28408)]
    [InlineData(CoordinateFormat.Mgrs, "38SPK 64506 28547", 32638)]
    public void Parse_EachFormat_CarriesItsCrs(CoordinateFormat format, string text, int srid)
    {
        Assert.Equal(srid, CoordinateParser.Parse(text, format).Value.Srid);
    }

    [Fact]
    public void Parse_ProjectedCrsForDegrees_Throws()
    {
        Assert.Throws<ArgumentException>(
            () => CoordinateParser.Parse("39, 46", CoordinateFormat.DecimalDegrees, CoordinateReferenceSystem.Wgs84Utm38N));
    }

    [Fact]
    public void ParseGaussKruger_RecordThenTransformer_GivesWgs84()
    {
        var position = CoordinateParser.ParseGaussKruger("X=4430000 Y=8665000").Value;

        var lonLat = new CoordinateTransformer().ToWgs84(position);

        // minefield-records.md §6 Example 2.
        Assert.Equal(39.98734775, lonLat.Latitude, 1e-8);
        Assert.Equal(46.93057652, lonLat.Longitude, 1e-8);
    }
}
