using Homeward.Domain;
using Homeward.Geo.Coordinates;
using Homeward.Geo.Crs;

namespace Homeward.Geo.Tests.Coordinates;

public sealed class CoordinateFormatterTests
{
    private static readonly LonLat Karabakh = new(46.9269, 39.9911);

    private readonly CoordinateTransformer _transformer = new();

    [Fact]
    public void FormatDecimalDegrees_Default_WritesSixDecimalsWithHemispheres()
    {
        Assert.Equal("39.991100°N 46.926900°E", CoordinateFormatter.FormatDecimalDegrees(Karabakh));
        Assert.Equal("40.71°N 74.01°W", CoordinateFormatter.FormatDecimalDegrees(new LonLat(-74.006, 40.7128), 2));
    }

    [Theory]
    [InlineData(46.9269, 39.9911, 1, "39°59'28.0\"N 46°55'36.8\"E")]
    [InlineData(46.9269, 39.9911, 0, "39°59'28\"N 46°55'37\"E")]
    [InlineData(-74.006, 40.7128, 2, "40°42'46.08\"N 74°00'21.60\"W")]
    [InlineData(18.4241, -33.9249, 1, "33°55'29.6\"S 18°25'26.8\"E")]
    [InlineData(46.99999, 39.99999, 1, "40°00'00.0\"N 47°00'00.0\"E")] // 59.96" rounds up and carries into the degrees.
    public void FormatDegreesMinutesSeconds_Position_WritesRoundedSeconds(double lon, double lat, int decimals, string expected)
    {
        Assert.Equal(expected, CoordinateFormatter.FormatDegreesMinutesSeconds(new LonLat(lon, lat), decimals));
    }

    [Fact]
    public void FormatDegreesDecimalMinutes_Position_WritesRoundedMinutes()
    {
        Assert.Equal("39°59.466'N 46°55.614'E", CoordinateFormatter.FormatDegreesDecimalMinutes(Karabakh));
        Assert.Equal("0°05.0'S 0°30.0'W", CoordinateFormatter.FormatDegreesDecimalMinutes(new LonLat(-0.5, -1 / 12.0), 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void FormatDegreesMinutesSeconds_ThenParse_ReturnsThePositionToTheWrittenPrecision(int decimals)
    {
        var text = CoordinateFormatter.FormatDegreesMinutesSeconds(Karabakh, decimals);

        var back = CoordinateParser.ParseDegreesMinutesSeconds(text).Value;

        var tolerance = Math.Pow(10, -decimals) / 3600 / 2;
        Assert.Equal(Karabakh.Latitude, back.Latitude, tolerance + 1e-12);
        Assert.Equal(Karabakh.Longitude, back.Longitude, tolerance + 1e-12);
    }

    [Fact]
    public void FormatUtm_Karabakh_WritesZoneBandAndRoundedMetres()
    {
        // GeoConvert 2.1.2: 38n 664506 4428548.
        Assert.Equal("38S 664506 4428548", CoordinateFormatter.FormatUtm(Karabakh, _transformer));
        // Forced into zone 39, 4.07° west of its central meridian; cs2cs EPSG:4326 EPSG:32639 gives 152224.833 4434721.087.
        Assert.Equal("39S 152225 4434721", CoordinateFormatter.FormatUtm(Karabakh, _transformer, zone: 39));
    }

    [Fact]
    public void FormatUtm_ThenParse_ReturnsTheSameUtmPosition()
    {
        var text = CoordinateFormatter.FormatUtm(new LonLat(18.4241, -33.9249), _transformer);

        var parsed = CoordinateParser.ParseUtm(text).Value;

        Assert.Equal("34H 261882 6243182", text);
        Assert.Equal(32734, parsed.Srid);
    }

    // Expected values are GeographicLib's (GeoConvert 2.1.2, "GeoConvert -m -p 0").
    [Theory]
    [InlineData(39.9911, 46.9269, "38SPK 64506 28547")]
    [InlineData(40.41, 49.87, "39TVE 04121 73877")]
    [InlineData(40.0001, 46.0, "38TNK 85360 28247")]
    [InlineData(39.1, 45.75, "38SNJ 64852 28141")]
    [InlineData(-33.9249, 18.4241, "34HBH 61881 43182")]
    [InlineData(60.0, 5.0, "32VKM 76979 58157")] // Norway: zone 32, not 31.
    [InlineData(78.0, 15.0, "33XWG 00000 58369")] // Svalbard: zone 33.
    [InlineData(0.5, 30, "36NSF 66034 55341")]
    [InlineData(40.7128, -74.0060, "18TWL 83959 07350")]
    [InlineData(-79.5, -70, "19CDM 79656 74046")]
    [InlineData(83.5, 20, "33XWN 63114 75013")]
    [InlineData(-0.5, -0.5, "30MYE 78265 44681")]
    public void FormatMgrs_Position_MatchesGeographicLib(double lat, double lon, string expected)
    {
        Assert.Equal(expected, CoordinateFormatter.FormatMgrs(new LonLat(lon, lat), _transformer));
    }

    [Theory]
    [InlineData(1, "38SPK 6 2")]
    [InlineData(3, "38SPK 645 285")]
    public void FormatMgrs_FewerDigits_Truncates(int digits, string expected)
    {
        Assert.Equal(expected, CoordinateFormatter.FormatMgrs(Karabakh, _transformer, digits));
    }

    [Fact]
    public void FormatMgrs_ThenParse_IsWithinTheSquare()
    {
        var text = CoordinateFormatter.FormatMgrs(Karabakh, _transformer);

        var back = _transformer.ToWgs84(CoordinateParser.ParseMgrs(text).Value);

        // The centre of a 1 m square is within 0.71 m of any point in it: about 1e-5 degrees.
        Assert.Equal(Karabakh.Latitude, back.Latitude, 1e-5);
        Assert.Equal(Karabakh.Longitude, back.Longitude, 1e-5);
    }

    [Fact]
    public void FormatGaussKruger_MinefieldRecordsExample2_WritesSovietXThenY()
    {
        var text = CoordinateFormatter.FormatGaussKruger(new LonLat(46.93057652, 39.98734775), _transformer);

        Assert.Equal("X=4430000 Y=8665000", text);
        Assert.Equal(28408, CoordinateParser.ParseGaussKruger(text).Value.Srid);
    }

    [Fact]
    public void FormatGaussKruger_Baku_UsesZone9()
    {
        Assert.StartsWith("X=44", CoordinateFormatter.FormatGaussKruger(new LonLat(49.87, 40.41), _transformer), StringComparison.Ordinal);
        Assert.Contains(" Y=94", CoordinateFormatter.FormatGaussKruger(new LonLat(49.87, 40.41), _transformer), StringComparison.Ordinal);
    }

    [Fact]
    public void FormatGrid_OutsideSupportedArea_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinateFormatter.FormatGaussKruger(new LonLat(40, 40), _transformer));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinateFormatter.FormatMgrs(new LonLat(0, 85), _transformer));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinateFormatter.FormatMgrs(Karabakh, _transformer, 6));
    }
}
