using SkiaSharp;

namespace Homeward.Cli.Forecast;

/// <summary>Writes a chart drawn on an <see cref="IChartCanvas"/> as SVG or PNG, as the file's extension says.</summary>
internal static class ChartFile
{
    /// <summary>The bundled font every PNG chart is drawn with, whatever fonts the machine has.</summary>
    public static string FontPath => Path.Combine(AppContext.BaseDirectory, "data", "fonts", "DejaVuSans.ttf");

    /// <summary>Whether a path names a chart format this writes.</summary>
    public static bool IsSupported(string path) =>
        path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(string file, int width, int height, Action<IChartCanvas> draw, CancellationToken cancellationToken)
    {
        if (file.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            using var typeface = SKTypeface.FromFile(FontPath);
            using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            surface.Canvas.Clear(SKColors.White);
            draw(new SkiaChartCanvas(surface.Canvas, typeface));
            using var image = surface.Snapshot();
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            await File.WriteAllBytesAsync(file, png.ToArray(), cancellationToken);
            return;
        }

        var svg = new SvgChartCanvas(width, height);
        draw(svg);
        await File.WriteAllTextAsync(file, svg.Document(), cancellationToken);
    }
}
