using SkiaSharp;

namespace Homeward.Cli.Forecast;

/// <summary>Draws a chart on a SkiaSharp canvas, for PNG.</summary>
internal sealed class SkiaChartCanvas(SKCanvas canvas, SKTypeface typeface) : IChartCanvas
{
    public void Polygon(IReadOnlyList<(double X, double Y)> points, string fill, double opacity)
    {
        using var path = Path(points);
        path.Close();
        using var paint = new SKPaint { Color = Color(fill).WithAlpha((byte)(255 * opacity)), IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, paint);
    }

    public void Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double width, bool dashed = false)
    {
        using var path = Path(points);
        using var effect = dashed ? SKPathEffect.CreateDash([6, 4], 0) : null;
        using var paint = new SKPaint
        {
            Color = Color(stroke),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = (float)width,
            PathEffect = effect,
        };
        canvas.DrawPath(path, paint);
    }

    public void Text(double x, double y, string text, double size, string color, string anchor = "start")
    {
        using var font = new SKFont(typeface, (float)size);
        using var paint = new SKPaint { Color = Color(color), IsAntialias = true };
        var align = anchor switch { "middle" => SKTextAlign.Center, "end" => SKTextAlign.Right, _ => SKTextAlign.Left };
        canvas.DrawText(text, (float)x, (float)y, align, font, paint);
    }

    private static SKPath Path(IReadOnlyList<(double X, double Y)> points)
    {
        var path = new SKPath();
        for (var i = 0; i < points.Count; i++)
        {
            if (i == 0)
            {
                path.MoveTo((float)points[i].X, (float)points[i].Y);
            }
            else
            {
                path.LineTo((float)points[i].X, (float)points[i].Y);
            }
        }

        return path;
    }

    private static SKColor Color(string hex) => SKColor.Parse(hex);
}
