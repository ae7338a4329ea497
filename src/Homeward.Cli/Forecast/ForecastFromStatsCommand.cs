using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Planning.Statistics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Forecast;

/// <summary>
/// <c>homeward forecast --from-stats FILE.csv</c> : the programme-level forecast of
/// cumulative release and the completion date from periodic statistics, with P10/P50/P90, and optionally the fan chart.
/// </summary>
internal sealed class ForecastFromStatsCommand : AsyncCommand<ForecastFromStatsCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Chart is not null && !settings.Chart.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            && !settings.Chart.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            return Messages.Fail(ExitCodes.UserError, $"--chart {settings.Chart}: the file must end in .svg or .png.");
        }

        var (statistics, exitCode) = await StatisticsFile.ReadAsync(settings.FromStats!, cancellationToken);
        if (statistics is null)
        {
            return exitCode;
        }

        var clock = Stopwatch.StartNew();
        var forecast = StatisticsForecaster.Forecast(statistics, settings.Options());
        clock.Stop();
        if (settings.Chart is not null)
        {
            await StatisticsFanChart.WriteAsync(settings.Chart, statistics, forecast, $"Forecast from {Path.GetFileName(settings.FromStats)}", cancellationToken);
        }

        if (settings.Json)
        {
            StatisticsForecastJson.Write(StatisticsForecastJson.Of(forecast, Path.GetFileName(settings.FromStats!)));
            return ExitCodes.Success;
        }

        Write(forecast, settings.FromStats!);
        Messages.Note(string.Create(CultureInfo.InvariantCulture, $"{forecast.Runs:N0} runs in {clock.Elapsed.TotalSeconds:0.00} s."));
        return ExitCodes.Success;
    }

    internal static void Write(StatisticsForecast f, string source)
    {
        var console = AnsiConsole.Console;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]Forecast from {Path.GetFileName(source)}[/] as of {f.AsOf:yyyy-MM-dd}: {f.ReleasedToDateM2 / 1e6:N2} km² released so far; remaining {(f.RemainingM2 is { } r ? $"{r / 1e6:N2} km²" : "unknown")}.");
        if (f.Completion is { } c)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Completion: P10 {Date(c.P10)}, P50 {Date(c.P50)}, P90 {Date(c.P90)}; {c.ShareNotWithinHorizon:P1} of runs not done by {c.Horizon:yyyy-MM-dd}.");
        }

        var m = f.Model;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Model: {m.ReleasedM2PerDay * 365.25 / 1e6:N2} km²/year now ({m.RateBasis}), trend {m.GrowthPerYear:+0.0%;-0.0%} a year (log s.e. {m.GrowthLogStandardError:0.000}), variability σ(log) {m.LogSigma:0.00}.");
        var table = new Table().AddColumns("date", "released P10 km²", "P50 km²", "P90 km²", "remaining P50 km²");
        // A long horizon is thinned to about 15 rows for reading; --json has every period.
        var every = Math.Max(1, (int)Math.Ceiling(f.Cumulative.Count / 15.0));
        foreach (var q in f.Cumulative.Where((_, i) => i % every == 0 || i == f.Cumulative.Count - 1))
        {
            table.AddRow(q.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Km2(q.P10), Km2(q.P50), Km2(q.P90),
                q.RemainingM2P50 is { } rem ? Km2(rem) : "-");
        }

        console.Write(table);
        foreach (var note in f.Notes)
        {
            console.MarkupLineInterpolated($"[grey]- {note}[/]");
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not within horizon";

    private static string Km2(double m2) => (m2 / 1e6).ToString("N2", CultureInfo.InvariantCulture);

    internal sealed class Settings : StatisticsForecastSettings
    {
        [CommandOption("--chart <FILE>")]
        [Description("Also draw the fan chart: .svg or .png.")]
        public string? Chart { get; set; }
    }
}
