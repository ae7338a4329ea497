using System.Globalization;
using Homeward.Planning.Statistics;

namespace Homeward.Cli.Forecast;

/// <summary>
/// The fan chart of a forecast from statistics: recorded cumulative release, the forecast P10–P90 band and median, the
/// total to reach (released + remaining) and the completion band, written as SVG or PNG.
/// </summary>
internal static class StatisticsFanChart
{
    private const int Width = 1000;
    private const int Height = 560;
    private const double Left = 90;
    private const double Right = 30;
    private const double Top = 60;
    private const double Bottom = 70;

    /// <summary>Writes the chart; the format follows the file's extension (.svg or .png).</summary>
    public static Task WriteAsync(string file, ProgrammeStatistics statistics, StatisticsForecast forecast, string title, CancellationToken cancellationToken) =>
        ChartFile.WriteAsync(file, Width, Height, canvas => Draw(canvas, statistics, forecast, title), cancellationToken);

    public static void Draw(IChartCanvas canvas, ProgrammeStatistics statistics, StatisticsForecast forecast, string title)
    {
        var history = new List<(DateOnly Date, double M2)> { (statistics.Start.AddDays(-1), 0) };
        var running = 0.0;
        foreach (var period in statistics.Periods)
        {
            running += period.ReleasedM2;
            history.Add((period.End, running));
        }

        var fan = new List<CumulativeReleaseQuantiles> { new(forecast.AsOf, running, running, running, null, null, null) };
        fan.AddRange(forecast.Cumulative);
        var total = forecast.RemainingM2 is { } remaining ? running + remaining : (double?)null;
        var end = fan[^1].Date;
        if (forecast.Completion?.P90 is { } p90 && p90 > end)
        {
            end = p90;
        }

        var x0 = history[0].Date.DayNumber;
        var x1 = Math.Max(end.DayNumber, x0 + 1);
        var yMax = Nice(Math.Max(fan.Max(f => f.P90), total ?? 0) * 1.05);
        double X(DateOnly d) => Left + ((d.DayNumber - x0) / (double)(x1 - x0) * (Width - Left - Right));
        double Y(double m2) => Height - Bottom - (m2 / yMax * (Height - Top - Bottom));

        canvas.Text(Left, 30, title, 18, "#222222");
        canvas.Text(Left, 48, string.Create(CultureInfo.InvariantCulture,
            $"Cumulative land released, km². Forecast from {forecast.AsOf:yyyy-MM-dd}: median and P10–P90 band, {forecast.Runs:N0} runs, seed {forecast.Seed}."), 12, "#555555");

        // Axes, grid and ticks: years along x, km² up y.
        for (var k = 0; k <= 5; k++)
        {
            var v = yMax * k / 5;
            canvas.Polyline([(Left, Y(v)), (Width - Right, Y(v))], k == 0 ? "#444444" : "#e0e0e0", 1);
            canvas.Text(Left - 8, Y(v) + 4, (v / 1e6).ToString(v / 1e6 >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture), 11, "#444444", "end");
        }

        var firstYear = history[0].Date.Year + 1;
        var lastYear = DateOnly.FromDayNumber(x1).Year;
        var every = Math.Max(1, (int)Math.Ceiling((lastYear - firstYear + 1) / 12.0));
        for (var year = firstYear; year <= lastYear; year += every)
        {
            var x = X(new DateOnly(year, 1, 1));
            canvas.Polyline([(x, Height - Bottom), (x, Height - Bottom + 5)], "#444444", 1);
            canvas.Text(x, Height - Bottom + 20, year.ToString(CultureInfo.InvariantCulture), 11, "#444444", "middle");
        }

        if (forecast.Completion is { P10: { } c10 } completion)
        {
            var right = completion.P90 is { } c90 ? X(c90) : Width - Right;
            canvas.Polygon([(X(c10), Top), (right, Top), (right, Height - Bottom), (X(c10), Height - Bottom)], "#2e7d32", 0.10);
            if (completion.P50 is { } c50)
            {
                canvas.Polyline([(X(c50), Top), (X(c50), Height - Bottom)], "#2e7d32", 1.5, dashed: true);
                canvas.Text(X(c50) + 4, Top + 14, string.Create(CultureInfo.InvariantCulture, $"done P50 {c50:yyyy-MM-dd}"), 11, "#2e7d32");
            }
        }

        if (total is { } t)
        {
            canvas.Polyline([(Left, Y(t)), (Width - Right, Y(t))], "#c62828", 1, dashed: true);
            canvas.Text(Width - Right, Y(t) - 6, "released + remaining estimate", 11, "#c62828", "end");
        }

        var band = fan.Select(f => (X(f.Date), Y(f.P90))).Concat(fan.AsEnumerable().Reverse().Select(f => (X(f.Date), Y(f.P10)))).ToList();
        canvas.Polygon(band, "#1565c0", 0.25);
        canvas.Polyline([.. fan.Select(f => (X(f.Date), Y(f.P50)))], "#1565c0", 2);
        canvas.Polyline([.. history.Select(h => (X(h.Date), Y(h.M2)))], "#222222", 2);
        canvas.Polyline([(X(forecast.AsOf), Top), (X(forecast.AsOf), Height - Bottom)], "#888888", 1, dashed: true);
        canvas.Text(Left, Height - 20, "Black: recorded. Blue: forecast median and P10–P90. Green: completion P10–P90 and median.", 11, "#555555");
    }

    /// <summary>A round number at or above the value (1, 2 or 5 times a power of ten).</summary>
    private static double Nice(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1.0, 2, 5, 10 }.Select(m => m * power).First(v => v >= value);
    }
}
