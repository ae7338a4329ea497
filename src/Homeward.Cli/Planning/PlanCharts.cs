using System.Globalization;
using Homeward.Cli.Forecast;
using Homeward.Planning.Forecast;
using Homeward.Planning.Plans;

namespace Homeward.Cli.Planning;

/// <summary>The plan's Gantt chart and the forecast's fan chart, drawn on a chart canvas (SVG or PNG).</summary>
internal static class PlanCharts
{
    private static readonly string[] Palette =
        ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728"];

    public static Task WriteGanttAsync(string file, ClearancePlan plan, CancellationToken cancellationToken)
    {
        var rows = plan.Assignments.GroupBy(a => a.Team, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        const double left = 230, top = 70, rowHeight = 14;
        const int width = 1400;
        var height = (int)(top + (rows.Length * rowHeight) + 40);
        return ChartFile.WriteAsync(file, width, height, canvas =>
        {
            var start = plan.Model.Assumptions.StartDate;
            var end = plan.Assignments.Count == 0 ? start.AddDays(1) : plan.Assignments.Max(a => a.End).AddDays(1);
            double X(DateOnly d) => left + ((d.DayNumber - start.DayNumber) * (width - left - 20) / Math.Max(1, end.DayNumber - start.DayNumber));
            var districts = plan.Model.Packages.Select(p => p.District ?? "—").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var districtOf = plan.Model.Packages.ToDictionary(p => p.Id, p => p.District ?? "—", StringComparer.Ordinal);

            canvas.Text(10, 22, Title("Clearance plan: work per team", plan.Model.ContainsSyntheticData), 16, "#000000");
            canvas.Text(10, 42, F($"{plan.Assignments.Count:N0} work packages, {rows.Length} teams, from {start:yyyy-MM-dd} to {end.AddDays(-1):yyyy-MM-dd}; colour = district"), 11, "#333333");
            for (var d = 0; d < districts.Count; d++)
            {
                var x = 10 + (d * 80);
                canvas.Polygon(Box(x, 50, x + 10, 60), Palette[d % Palette.Length], 1);
                canvas.Text(x + 14, 59, districts[d], 9, "#333333");
            }

            Years(canvas, start, end, X, top, height - 30);
            for (var r = 0; r < rows.Length; r++)
            {
                var y = top + (r * rowHeight);
                canvas.Text(10, y + 10, rows[r].Key, 9, "#000000");
                foreach (var a in rows[r])
                {
                    var x0 = X(a.Start);
                    var x1 = Math.Max(x0 + 0.8, X(a.End.AddDays(1)));
                    canvas.Polygon(Box(x0, y + 1, x1, y + rowHeight - 2), Palette[districts.IndexOf(districtOf[a.WorkPackage]) % Palette.Length], 1);
                }
            }
        }, cancellationToken);
    }

    public static Task WriteFanAsync(string file, ClearanceForecast forecast, bool synthetic, CancellationToken cancellationToken)
    {
        const int width = 1000, height = 520;
        const double left = 80, top = 60, bottom = 470;
        return ChartFile.WriteAsync(file, width, height, canvas =>
        {
            // Up to the first month where even P90 is zero.
            var points = forecast.National.TakeWhile(n => n.RemainingM2P90 > 0).ToList();
            if (points.Count < forecast.National.Count)
            {
                points.Add(forecast.National[points.Count]);
            }

            var start = forecast.National[0].Date.AddMonths(-1);
            var end = points[^1].Date;
            var max = Math.Max(1, forecast.StartRemainingSquareMetres) / 1e6;
            double X(DateOnly d) => left + ((d.DayNumber - start.DayNumber) * (width - left - 20) / Math.Max(1, end.DayNumber - start.DayNumber));
            double Y(double m2) => bottom - (m2 / 1e6 / max * (bottom - top));

            canvas.Text(10, 22, Title("Remaining hazardous area (km²): forecast", synthetic), 16, "#000000");
            canvas.Text(10, 42, F($"{forecast.Runs:N0} simulated futures, seed {forecast.Seed}; band P10–P90, line P50"), 11, "#333333");
            Years(canvas, start, end, X, top, bottom);
            for (var k = 0; k <= 4; k++)
            {
                var value = max * k / 4;
                canvas.Polyline([(left, Y(value * 1e6)), (width - 20, Y(value * 1e6))], "#dddddd", 1);
                canvas.Text(left - 8, Y(value * 1e6) + 4, F($"{value:N0}"), 10, "#333333", "end");
            }

            var all = points.Prepend(new NationalRemaining(start, forecast.StartRemainingSquareMetres, forecast.StartRemainingSquareMetres, forecast.StartRemainingSquareMetres)).ToArray();
            canvas.Polygon([.. all.Select(p => (X(p.Date), Y(p.RemainingM2P90))), .. all.Reverse().Select(p => (X(p.Date), Y(p.RemainingM2P10)))], "#4e79a7", 0.3);
            canvas.Polyline([.. all.Select(p => (X(p.Date), Y(p.RemainingM2P50)))], "#4e79a7", 2);
        }, cancellationToken);
    }

    private static (double X, double Y)[] Box(double x0, double y0, double x1, double y1) => [(x0, y0), (x1, y0), (x1, y1), (x0, y1)];

    private static string Title(string title, bool synthetic) => synthetic ? title + " — SYNTHETIC demonstration data" : title;

    private static void Years(IChartCanvas canvas, DateOnly start, DateOnly end, Func<DateOnly, double> x, double top, double bottom)
    {
        var step = Math.Max(1, (end.Year - start.Year) / 12);
        for (var year = start.Year + 1; year <= end.Year; year += step)
        {
            var d = new DateOnly(year, 1, 1);
            canvas.Polyline([(x(d), top - 5), (x(d), bottom)], "#cccccc", 1);
            canvas.Text(x(d), bottom + 14, year.ToString(CultureInfo.InvariantCulture), 10, "#333333", "middle");
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
