using Homeward.Geo.Coordinates;

namespace Homeward.Geo.Tests.Coordinates;

public sealed partial class CoordinateParserTests
{
    [Fact]
    public void Parse_RandomText_NeverThrowsAndPointsInsideTheText()
    {
        // Fixed seed: the same 20 000 strings every run, built from the characters the grammars care about.
        var random = new Random(20_260_101);
        const string alphabet = "0123456789.-+ ,;:=°º'′\"″NSEWXYZxyХУTPKIO#é";
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (n % 7 == 0)
            {
                // Some very long numbers too, to reach overflow paths.
                text += " " + new string('9', random.Next(10, 400));
            }

            foreach (var format in Enum.GetValues<CoordinateFormat>())
            {
                var result = CoordinateParser.Parse(text, format);
                if (result.Error is { } error)
                {
                    Assert.InRange(error.Position, 0, text.Length);
                    Assert.False(string.IsNullOrWhiteSpace(error.Message));
                }
            }
        }
    }

    [Theory]
    [InlineData("X=4430293 Y=99999999999999999999")]
    [InlineData("99999999999999999999N 664506 4428547")]
    [InlineData("38N 99999999999999999999 4428547")]
    [InlineData("99999999999999999999SPK 64506 28547")]
    [InlineData("99999999999999999999, 46")]
    public void Parse_HugeNumbers_FailsWithoutOverflow(string text)
    {
        foreach (var format in Enum.GetValues<CoordinateFormat>())
        {
            Assert.False(CoordinateParser.Parse(text, format).Success);
        }
    }
}
