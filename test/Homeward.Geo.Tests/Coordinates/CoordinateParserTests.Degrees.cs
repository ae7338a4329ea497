using Homeward.Geo.Coordinates;

namespace Homeward.Geo.Tests.Coordinates;

public sealed partial class CoordinateParserTests
{
    // 39°59'28"N 46°55'37"E in decimal degrees.
    private const double Lat = 39 + 59 / 60.0 + 28 / 3600.0;
    private const double Lon = 46 + 55 / 60.0 + 37 / 3600.0;

    [Theory]
    [InlineData("39.9911, 46.9269", 39.9911, 46.9269)]
    [InlineData("39.9911N 46.9269E", 39.9911, 46.9269)]
    [InlineData("46.9269E 39.9911N", 39.9911, 46.9269)] // The letters fix the order.
    [InlineData("N39.9911 E46.9269", 39.9911, 46.9269)]
    [InlineData("39.9911 46.9269", 39.9911, 46.9269)] // No letters: latitude first.
    [InlineData("39.9911; 46.9269", 39.9911, 46.9269)]
    [InlineData("39.9911° 46.9269°", 39.9911, 46.9269)]
    [InlineData("  39.9911 ,46.9269  ", 39.9911, 46.9269)]
    [InlineData("39.9911n 46.9269e", 39.9911, 46.9269)]
    [InlineData("46.9269E, 39.9911", 39.9911, 46.9269)] // One letter is enough to tell the axes apart.
    [InlineData("33.9249S 18.4241W", -33.9249, -18.4241)]
    [InlineData("-33.9249, −18.4241", -33.9249, -18.4241)] // ASCII hyphen and typographic minus.
    [InlineData("90, 180", 90, 180)]
    public void ParseDecimalDegrees_GoodInput_GivesLonLat(string text, double latitude, double longitude)
    {
        var result = CoordinateParser.ParseDecimalDegrees(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(latitude, result.Value.Latitude, 1e-12);
        Assert.Equal(longitude, result.Value.Longitude, 1e-12);
    }

    [Theory]
    [InlineData("", 0, "a latitude and a longitude")]
    [InlineData("   ", 0, "a latitude and a longitude")]
    [InlineData("39.9911", 7, "a longitude after the latitude")]
    [InlineData("39,9911 46,9269", 10, "only one comma or semicolon")] // Decimal commas.
    [InlineData("91, 46", 0, "a latitude of at most 90°")]
    [InlineData("39, 181", 4, "a longitude of at most 180°")]
    [InlineData("39.9911N 46.9269N", 16, "a longitude (E or W) after a latitude")]
    [InlineData("46.9269E 39.9911W", 16, "a latitude (N or S) after a longitude")]
    [InlineData("39.9911X 46.9269E", 7, "a hemisphere letter (N, S, E or W)")]
    [InlineData("-39.9911N 46.9269E", 0, "degrees without a sign")]
    [InlineData("39.9911 # 46.9269", 8, "a number, a hemisphere letter")]
    [InlineData("39 59 28 46 55 37", 3, "one decimal number of degrees per angle")]
    [InlineData("39.9911, ", 9, "a number of degrees or a hemisphere letter")]
    [InlineData("39.9911, E", 10, "a number of degrees")]
    [InlineData("39.9911 = 46.9269", 8, "a hemisphere letter (N, S, E or W) or a comma")]
    public void ParseDecimalDegrees_BadInput_NamesPositionAndExpectation(string text, int position, string expected)
    {
        var result = CoordinateParser.ParseDecimalDegrees(text);

        AssertError(result.Error, text, position, expected);
    }

    [Theory]
    [InlineData("39°59'28\"N 46°55'37\"E")]
    [InlineData("39 59 28.0 N, 46 55 37.0 E")]
    [InlineData("39°59′28″N 46°55′37″E")] // Prime and double prime.
    [InlineData("39º59'28''N 46º55'37''E")] // Ordinal indicator for degrees, two apostrophes for seconds.
    [InlineData("N 39°59'28\" E 46°55'37\"")]
    [InlineData("46°55'37\"E 39°59'28\"N")]
    [InlineData("39°59'28\" 46°55'37\"")] // Degree signs mark where the longitude starts.
    [InlineData("39 59 28 46 55 37")] // Nothing marks it: three numbers each.
    [InlineData("39 59 28, 46 55 37")]
    public void ParseDegreesMinutesSeconds_GoodInput_GivesLonLat(string text)
    {
        var result = CoordinateParser.ParseDegreesMinutesSeconds(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(Lat, result.Value.Latitude, 1e-12);
        Assert.Equal(Lon, result.Value.Longitude, 1e-12);
    }

    [Theory]
    [InlineData("39°59.467'N 46°55.617'E", 39 + 59.467 / 60, 46 + 55.617 / 60)]
    [InlineData("39 59.467, 46 55.617", 39 + 59.467 / 60, 46 + 55.617 / 60)]
    [InlineData("39.9911N 46.9269E", 39.9911, 46.9269)] // Decimal degrees are degrees-minutes-seconds without the rest.
    [InlineData("39°N 46°E", 39, 46)]
    [InlineData("-39 59 28, -46 55 37", -Lat, -Lon)]
    [InlineData("39 59 28 S, 46 55 37 W", -Lat, -Lon)]
    [InlineData("0 30 0 S, 0 0 1 W", -0.5, -1 / 3600.0)]
    public void ParseDegreesMinutesSeconds_OtherGoodInput_GivesLonLat(string text, double latitude, double longitude)
    {
        var result = CoordinateParser.ParseDegreesMinutesSeconds(text);

        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(latitude, result.Value.Latitude, 1e-12);
        Assert.Equal(longitude, result.Value.Longitude, 1e-12);
    }

    [Theory]
    [InlineData("39°75'N 46°55'E", 3, "minutes below 60")]
    [InlineData("39°59'60\"N 46°55'37\"E", 6, "seconds below 60")]
    [InlineData("39.5°30'N 46°55'E", 0, "whole degrees before the minutes")]
    [InlineData("39°59.5'28\"N 46°55'37\"E", 3, "whole minutes before the seconds")]
    [InlineData("39'59 N, 46 55 E", 2, "a degree sign (°) after the degrees")]
    [InlineData("39°59\"N, 46°55'E", 5, "a minute sign (') after the minutes")]
    [InlineData("39 -59 N, 46 55 E", 3, "minutes without a sign")]
    [InlineData("39 59 46", 3, "a comma between latitude and longitude, or hemisphere letters")]
    [InlineData("39°59'28\"12 N, 46 E", 9, "a hemisphere letter or a comma after the seconds")]
    [InlineData("95°00'00\"N 46°55'37\"E", 0, "a latitude of at most 90°")]
    [InlineData("39°59'28\"N 46°55'37\"E 12", 22, "the end of the angle after its hemisphere letter")]
    public void ParseDegreesMinutesSeconds_BadInput_NamesPositionAndExpectation(string text, int position, string expected)
    {
        var result = CoordinateParser.ParseDegreesMinutesSeconds(text);

        AssertError(result.Error, text, position, expected);
    }

    private static void AssertError(CoordinateParseError? error, string text, int position, string expected)
    {
        Assert.NotNull(error);
        Assert.Equal(text, error.Text);
        Assert.True(position == error.Position, $"Position {error.Position}, not {position}: {error.Message}");
        Assert.True(error.Expected.Contains(expected, StringComparison.Ordinal), $"Expected text differs: {error.Message}");
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }
}
