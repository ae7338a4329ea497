namespace Homeward.Cli.Forecast;

/// <summary>The few drawing operations a chart needs, so that one layout writes both SVG and PNG. Colours are #rrggbb.</summary>
internal interface IChartCanvas
{
    void Polygon(IReadOnlyList<(double X, double Y)> points, string fill, double opacity);

    void Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double width, bool dashed = false);

    /// <summary>Text with its baseline at y; anchor is start, middle or end.</summary>
    void Text(double x, double y, string text, double size, string color, string anchor = "start");
}
