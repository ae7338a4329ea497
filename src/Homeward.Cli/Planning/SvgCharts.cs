using System.Globalization;
using System.Security;
using System.Text;
using Homeward.Planning.Forecast;
using Homeward.Planning.Plans;

namespace Homeward.Cli.Planning;

/// <summary>The plan's Gantt chart and the forecast's fan chart as self-contained SVG (no fonts or scripts fetched).</summary>
internal static class SvgCharts
{
    private static readonly string[] Palette =
        ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728"];

    public static string Gantt(ClearancePlan plan)
    {
        var rows = plan.Assignments.GroupBy(a => a.Team, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var start = plan.Model.Assumptions.StartDate;
        var end = plan.Assignments.Count == 0 ? start.AddDays(1) : plan.Assignments.Max(a => a.End).AddDays(1);
        const double left = 230, top = 60, rowHeight = 14, width = 1400;
        var height = top + (rows.Length * rowHeight) + 40;
        double X(DateOnly d) => left + ((d.DayNumber - start.DayNumber) * (width - left - 20) / Math.Max(1, end.DayNumber - start.DayNumber));
        var districts = plan.Model.Packages.Select(p => p.District ?? "—").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var districtOf = plan.Model.Packages.ToDictionary(p => p.Id, p => p.District ?? "—", StringComparer.Ordinal);

        var svg = Begin(width, height);
        Text(svg, 10, 22, 16, "bold", Title("Clearance plan: work per team", plan.Model.ContainsSyntheticData));
        Text(svg, 10, 42, 11, "normal", F($"{plan.Assignments.Count:N0} work packages, {rows.Length} teams; safe dates for {plan.Settlements.Count(s => s.SafeDay > 0)} blocked settlements; colour = district"));
        Axis(svg, start, end, X, top, height - 30);
        for (var r = 0; r < rows.Length; r++)
        {
            var y = top + (r * rowHeight);
            Text(svg, 10, y + 10, 9, "normal", rows[r].Key);
            foreach (var a in rows[r])
            {
                var colour = Palette[districts.IndexOf(districtOf[a.WorkPackage]) % Palette.Length];
                svg.Append(F($"<rect x=\"{X(a.Start):0.#}\" y=\"{y + 1:0.#}\" width=\"{Math.Max(0.8, X(a.End.AddDays(1)) - X(a.Start)):0.##}\" height=\"{rowHeight - 3:0.#}\" fill=\"{colour}\"><title>{Escape(a.WorkPackage)} {a.Start:yyyy-MM-dd}–{a.End:yyyy-MM-dd}</title></rect>\n"));
            }
        }

        return End(svg);
    }

    public static string Fan(ClearanceForecast forecast, bool synthetic)
    {
        var points = forecast.National.Where(n => n.RemainingM2P90 > 0 || n == forecast.National[0]).ToList();
        if (points.Count < forecast.National.Count)
        {
            points.Add(forecast.National[points.Count]);
        }

        const double left = 80, top = 60, width = 1000, height = 520, bottom = 470;
        var start = points[0].Date.AddMonths(-1);
        var end = points[^1].Date;
        var max = Math.Max(1, forecast.StartRemainingSquareMetres) / 1e6;
        double X(DateOnly d) => left + ((d.DayNumber - start.DayNumber) * (width - left - 20) / Math.Max(1, end.DayNumber - start.DayNumber));
        double Y(double m2) => bottom - (m2 / 1e6 / max * (bottom - top));

        var svg = Begin(width, height);
        Text(svg, 10, 22, 16, "bold", Title("Remaining hazardous area (km²): forecast", synthetic));
        Text(svg, 10, 42, 11, "normal", F($"{forecast.Runs:N0} simulated futures, seed {forecast.Seed}; band P10–P90, line P50"));
        Axis(svg, start, end, X, top, bottom);
        for (var k = 0; k <= 4; k++)
        {
            var value = max * k / 4;
            Text(svg, 10, Y(value * 1e6) + 4, 10, "normal", F($"{value:N0}"));
            svg.Append(F($"<line x1=\"{left}\" x2=\"{width - 20}\" y1=\"{Y(value * 1e6):0.#}\" y2=\"{Y(value * 1e6):0.#}\" stroke=\"#ddd\"/>\n"));
        }

        var startPoint = new NationalRemaining(start, forecast.StartRemainingSquareMetres, forecast.StartRemainingSquareMetres, forecast.StartRemainingSquareMetres);
        var all = new[] { startPoint }.Concat(points).ToArray();
        var band = string.Join(" ", all.Select(p => F($"{X(p.Date):0.#},{Y(p.RemainingM2P90):0.#}"))
            .Concat(all.Reverse().Select(p => F($"{X(p.Date):0.#},{Y(p.RemainingM2P10):0.#}"))));
        svg.Append(F($"<polygon points=\"{band}\" fill=\"#4e79a7\" fill-opacity=\"0.3\" stroke=\"none\"/>\n"));
        svg.Append(F($"<polyline points=\"{string.Join(" ", all.Select(p => F($"{X(p.Date):0.#},{Y(p.RemainingM2P50):0.#}")))}\" fill=\"none\" stroke=\"#4e79a7\" stroke-width=\"2\"/>\n"));
        return End(svg);
    }

    private static string Title(string title, bool synthetic) => synthetic ? title + " — SYNTHETIC demonstration data" : title;

    private static void Axis(StringBuilder svg, DateOnly start, DateOnly end, Func<DateOnly, double> x, double top, double bottom)
    {
        var years = Math.Max(1, (end.Year - start.Year) / 12);
        for (var year = start.Year + 1; year <= end.Year; year += years)
        {
            var d = new DateOnly(year, 1, 1);
            svg.Append(F($"<line x1=\"{x(d):0.#}\" x2=\"{x(d):0.#}\" y1=\"{top - 5}\" y2=\"{bottom}\" stroke=\"#ccc\"/>\n"));
            Text(svg, x(d) - 14, bottom + 14, 10, "normal", year.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static StringBuilder Begin(double width, double height) =>
        new StringBuilder().Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height:0}\" viewBox=\"0 0 {width} {height:0}\" font-family=\"DejaVu Sans, sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"));

    private static string End(StringBuilder svg) => svg.Append("</svg>\n").ToString();

    private static void Text(StringBuilder svg, double x, double y, double size, string weight, string text) =>
        svg.Append(F($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"{size}\" font-weight=\"{weight}\">{Escape(text)}</text>\n"));

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
