using System.Globalization;
using System.Security;
using System.Text;

namespace Homeward.Cli.Forecast;

/// <summary>Draws a chart as a standalone SVG document.</summary>
internal sealed class SvgChartCanvas : IChartCanvas
{
    private readonly StringBuilder _body = new();
    private readonly int _width;
    private readonly int _height;

    public SvgChartCanvas(int width, int height)
    {
        _width = width;
        _height = height;
    }

    public void Polygon(IReadOnlyList<(double X, double Y)> points, string fill, double opacity) =>
        _body.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{Points(points)}\" fill=\"{fill}\" fill-opacity=\"{opacity:0.##}\" stroke=\"none\"/>\n");

    public void Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double width, bool dashed = false) =>
        _body.Append(CultureInfo.InvariantCulture,
            $"<polyline points=\"{Points(points)}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{width:0.##}\"{(dashed ? " stroke-dasharray=\"6 4\"" : string.Empty)}/>\n");

    public void Text(double x, double y, string text, double size, string color, string anchor = "start") =>
        _body.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"{size:0.#}\" fill=\"{color}\" text-anchor=\"{anchor}\">{SecurityElement.Escape(text)}</text>\n");

    public string Document() => string.Create(CultureInfo.InvariantCulture,
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{_width}\" height=\"{_height}\" viewBox=\"0 0 {_width} {_height}\" font-family=\"DejaVu Sans, sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{_body}</svg>\n");

    private static string Points(IReadOnlyList<(double X, double Y)> points) =>
        string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));
}
