using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Forecast;
using Homeward.Cli.Rendering;
using Homeward.Planning.Forecast;
using Homeward.Planning.Model;
using Homeward.Planning.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Planning;

/// <summary><c>homeward forecast</c>: when each settlement will be safe, P50/P80/P90, by simulating the plan.</summary>
internal sealed class ForecastCommand : AsyncCommand<ForecastCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.FromStats is not null)
        {
            var statistics = settings.ToStatistics(new ForecastFromStatsCommand.Settings { Chart = settings.Chart });
            var validation = statistics.Validate();
            return validation.Successful
                ? await new ForecastFromStatsCommand().ExecuteAsync(context, statistics, cancellationToken)
                : Messages.Fail(ExitCodes.UserError, validation.Message ?? "invalid options.");
        }

        if (settings.Runs is < 100 or > 1_000_000)
        {
            return Messages.Fail(ExitCodes.UserError, "--runs is 100 to 1,000,000 (10,000 or more for published figures).");
        }

        if (settings.Chart is { } chart && !ChartFile.IsSupported(chart))
        {
            return Messages.Fail(ExitCodes.UserError, $"--chart: \"{chart}\" must end in .svg or .png.");
        }

        var assumptions = PlanningInputs.Assumptions(settings);
        if (assumptions is null)
        {
            return ExitCodes.UserError;
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            var model = await PlanningModelBuilder.BuildAsync(session.Store, assumptions, null, cancellationToken);
            if (model.Teams.Count == 0)
            {
                return Messages.Fail(ExitCodes.UserError, "this database has no teams: there is nothing to forecast. Record teams, or add hypothetical ones with --extra-teams mechanical=5.");
            }

            Messages.Note(string.Create(CultureInfo.CurrentCulture, $"planning {model.Packages.Count:N0} work packages (CP-SAT, {settings.TimeLimitSeconds:0.#} s), then {settings.Runs:N0} simulated futures…"));
            var plan = ClearancePlanner.Plan(model, new ClearancePlanOptions(settings.Solver()));
            var forecast = MonteCarloForecaster.Forecast(plan, new ForecastOptions(settings.Runs, settings.Seed), cancellationToken);
            if (settings.Chart is { } path)
            {
                await PlanCharts.WriteFanAsync(path, forecast, model.ContainsSyntheticData, cancellationToken);
                Messages.Note($"wrote the fan chart to {path}.");
            }

            if (model.ContainsSyntheticData)
            {
                Messages.SyntheticWarning();
            }

            if (settings.Json)
            {
                CliJson.Write(ForecastJson(forecast, plan));
                return ExitCodes.Success;
            }

            Render(forecast, plan);
            return ExitCodes.Success;
        }, cancellationToken);
    }

    internal static object ForecastJson(ClearanceForecast forecast, ClearancePlan plan)
    {
        var names = plan.Model.Settlements.ToDictionary(s => s.Code, s => (s.Name, s.Population), StringComparer.Ordinal);
        return new
        {
            containsSyntheticData = plan.Model.ContainsSyntheticData,
            runs = forecast.Runs,
            seed = forecast.Seed,
            start = plan.Model.Assumptions.StartDate,
            remainingM2 = forecast.StartRemainingSquareMetres,
            simulationSeconds = forecast.WallSeconds,
            completion = new { p10 = forecast.Completion.P10, p50 = forecast.Completion.P50, p80 = forecast.Completion.P80, p90 = forecast.Completion.P90 },
            settlements = forecast.Settlements.Select(s => new { code = s.Code, name = names[s.Code].Name, population = names[s.Code].Population, p50 = s.P50, p80 = s.P80, p90 = s.P90 }),
            districts = forecast.Districts.Select(d => new { code = d.Code, p50 = d.P50, p80 = d.P80, p90 = d.P90 }),
            workPackages = forecast.Packages.Select(p => new { code = p.Code, p50 = p.P50, p80 = p.P80, p90 = p.P90 }),
            national = forecast.National.Select(n => new { date = n.Date, remainingM2P10 = n.RemainingM2P10, remainingM2P50 = n.RemainingM2P50, remainingM2P90 = n.RemainingM2P90 }),
        };
    }

    private static void Render(ClearanceForecast forecast, ClearancePlan plan)
    {
        var names = plan.Model.Settlements.ToDictionary(s => s.Code, StringComparer.Ordinal);
        AnsiConsole.Write(new Markup(string.Create(CultureInfo.CurrentCulture,
            $"[bold]Forecast[/] from {plan.Model.Assumptions.StartDate:yyyy-MM-dd}: {forecast.Runs:N0} runs (seed {forecast.Seed}), {forecast.StartRemainingSquareMetres / 1e6:N1} km² remaining; all done P50 {forecast.Completion.P50:yyyy-MM-dd}, P90 {forecast.Completion.P90:yyyy-MM-dd}\n")));
        var districts = new Table().Title("Districts: last work package done").AddColumns("District", "P50", "P80", "P90");
        foreach (var d in forecast.Districts)
        {
            districts.AddRow(Markup.Escape(d.Code), D(d.P50), D(d.P80), D(d.P90));
        }

        AnsiConsole.Write(districts);
        var settlements = new Table().Title("Settlements: safe to return (first 25 by people)").AddColumns("Settlement", "People", "P50", "P80", "P90");
        foreach (var s in forecast.Settlements.OrderByDescending(s => names[s.Code].Population).Take(25))
        {
            settlements.AddRow(Markup.Escape($"{names[s.Code].Name} ({s.Code})"), names[s.Code].Population.ToString("N0", CultureInfo.CurrentCulture), D(s.P50), D(s.P80), D(s.P90));
        }

        AnsiConsole.Write(settlements);
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal sealed class Settings : ForecastSettings
    {
        [CommandOption("--chart <FILE>")]
        [Description("Write the fan chart: remaining km² with the P10–P90 band and P50, as .svg or .png.")]
        public string? Chart { get; set; }
    }
}
