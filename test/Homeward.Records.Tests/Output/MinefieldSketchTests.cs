using Homeward.Records.Output;
using SkiaSharp;

namespace Homeward.Records.Tests.Output;

public sealed class MinefieldSketchTests
{
    [Fact]
    public void RenderPng_Example3_IsAnA4PageAt150Dpi()
    {
        var minefield = SampleRecords.Digitize(SampleRecords.Example3);

        var png = MinefieldSketch.RenderPng(minefield);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(1240, bitmap.Width);
        Assert.Equal(1754, bitmap.Height);
        if (Environment.GetEnvironmentVariable("HOMEWARD_SKETCH_OUT") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, png);
        }

        // Something is drawn in the sketch's box: the perimeter is black.
        var dark = 0;
        for (var y = 300; y < 1100; y += 2)
        {
            for (var x = 100; x < 1140; x += 2)
            {
                dark += bitmap.GetPixel(x, y).Red < 60 ? 1 : 0;
            }
        }

        Assert.True(dark > 500, $"only {dark} dark pixels in the sketch");
    }

    [Fact]
    public void RenderPng_MissingFont_SaysWhichFile()
    {
        var minefield = SampleRecords.Digitize(SampleRecords.Example3);

        var error = Assert.Throws<FileNotFoundException>(() => MinefieldSketch.RenderPng(minefield, "/nonexistent/font.ttf"));

        Assert.Contains("/nonexistent/font.ttf", error.Message, StringComparison.Ordinal);
    }
}
