using Homeward.Geo.Coordinates;
using Homeward.Geo.Crs;

namespace Homeward.Geo.Tests.Coordinates;

public sealed partial class CoordinateParserTests
{
    // Expected values are GeographicLib's (GeoConvert 2.1.2, "GeoConvert -u -p 1"): the centre of the square named.
    [Theory]
    [InlineData("38SPK 64506 28547", 32638, 664506.5, 4428547.5)]
    [InlineData("38SPK6450628547", 32638, 664506.5, 4428547.5)]
    [InlineData("38spk 64506 28547", 32638, 664506.5, 4428547.5)]
    [InlineData("38S PK 64506 28547", 32638, 664506.5, 4428547.5)]
    [InlineData("38SNJ 64506 28547", 32638, 564506.5, 4328547.5)]
    [InlineData("38SPK 645 285", 32638, 664550, 4428550)] // 100 m precision.
    [InlineData("38SPK62", 32638, 665000, 4425000)] // 10 km precision.
    [InlineData("38SPA6450628547", 32638, 664506.5, 3528547.5)] // Row A: just south of band S's edge, within the slack.
    [InlineData("39TVE0412173877", 32639, 404121.5, 4473877.5)] // Baku.
    [InlineData("34HBH6188143182", 32734, 261881.5, 6243182.5)] // Cape Town: southern hemisphere.
    [InlineData("32VKM7697958157", 32632, 276979.5, 6658157.5)] // Norway's widened zone 32V.
    [InlineData("33XWG0000058369", 32633, 500000.5, 8658369.5)] // Svalbard, band X.
    [InlineData("36NSF6603455341", 32636, 166034.5, 55341.5)] // Just north of the equator.
    [InlineData("30MYE7826544681", 32730, 778265.5, 9944681.5)] // Just south of the equator.
    [InlineData("18TWL8395907350", 32618, 583959.5, 4507350.5)] // New York: western hemisphere, even zone.
    [InlineData("19CDM7965674046", 32719, 479656.5, 1174046.5)] // Band C, the southernmost.
    [InlineData("33XWN6311475013", 32633, 563114.5, 9275013.5)] // Band X, the northernmost.
    public void ParseMgrs_GoodInput_GivesCentreOfSquare(string text, int srid, double easting, double northing)
    {
        var result = CoordinateParser.ParseMgrs(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(CoordinateReferenceSystem.FromSrid(srid), result.Value.Crs);
        Assert.Equal(easting, result.Value.X, 1e-6);
        Assert.Equal(northing, result.Value.Y, 1e-6);
    }

    [Theory]
    [InlineData("", 0, "a UTM zone from 1 to 60")]
    [InlineData("61SPK 64506 28547", 0, "a UTM zone from 1 to 60")]
    [InlineData("38ZPK 64506 28547", 2, "the polar bands A, B, Y and Z are not supported")]
    [InlineData("38OPK 64506 28547", 2, "a latitude band letter (C to X, not I or O)")]
    [InlineData("38SAK 64506 28547", 3, "a 100 km column letter of zone 38 (J to R)")]
    [InlineData("38SPW 64506 28547", 4, "a 100 km row letter (A to V, not I or O)")]
    [InlineData("38TPA 64506 28547", 4, "a row letter that falls in band T (40° to 48°)")]
    [InlineData("38SPK", 5, "the easting and northing digits, 1 to 5 of each")]
    [InlineData("38SPK 64506 2854", 12, "5 northing digits, as many as the easting's")]
    [InlineData("38SPK 6450628", 6, "an even number of digits")]
    [InlineData("38SPK 645060 285470", 6, "at most 5 digits each for easting and northing")]
    [InlineData("38SPK 64506 28547 1", 18, "the end of the text after the northing digits")]
    [InlineData("38SPK 64506.5 28547", 6, "the easting and northing digits")]
    public void ParseMgrs_BadInput_NamesPositionAndExpectation(string text, int position, string expected)
    {
        AssertError(CoordinateParser.ParseMgrs(text).Error, text, position, expected);
    }
}
