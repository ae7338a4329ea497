using Homeward.Geo.Coordinates;

namespace Homeward.Geo.Tests.Coordinates;

public sealed class ParseResultTests
{
    [Fact]
    public void Value_FailedResult_ThrowsWithTheErrorMessage()
    {
        var result = CoordinateParser.ParseDecimalDegrees("39°75', 46");

        var error = Assert.Throws<InvalidOperationException>(() => result.Value);

        Assert.False(result.Success);
        Assert.Equal(result.Error?.Message, error.Message);
    }

    [Fact]
    public void TryGetValue_SucceededAndFailed_ReportsWhich()
    {
        Assert.True(CoordinateParser.ParseDecimalDegrees("39.9911, 46.9269").TryGetValue(out var value));
        Assert.Equal(46.9269, value.Longitude);
        Assert.False(CoordinateParser.ParseDecimalDegrees("39.9911").TryGetValue(out _));
    }

    [Fact]
    public void Error_SucceededResult_IsNull()
    {
        Assert.Null(CoordinateParser.ParseMgrs("38SPK 64506 28547").Error);
    }

    [Fact]
    public void Message_Error_NamesExpectationPositionFoundTokenAndText()
    {
        var error = CoordinateParser.ParseDegreesMinutesSeconds("39°75'N 46°55'E").Error;

        Assert.Equal("Expected minutes below 60 at position 3, found \"75'N\" in \"39°75'N 46°55'E\".", error?.Message);
    }

    [Fact]
    public void Message_ErrorAtTheEnd_SaysSo()
    {
        var error = CoordinateParser.ParseDecimalDegrees("39.9911").Error;

        Assert.Equal("Expected a longitude after the latitude at position 7, found the end of the text in \"39.9911\".", error?.Message);
    }
}
