using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Domain.Objects;
using Homeward.Domain.Summary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward stats</c>: the national summary.</summary>
internal sealed class StatsCommand : AsyncCommand<StatsCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!AsOf.TryParse(settings.AsOf, out var asOf, out var error))
        {
            return Messages.Fail(ExitCodes.UserError, error!);
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            var summary = await NationalSummaryCalculator.ComputeAsync(session.Store, asOf, cancellationToken);
            if (settings.Json)
            {
                CliJson.Write(summary);
                return ExitCodes.Success;
            }

            Render(summary);
            return ExitCodes.Success;
        }, cancellationToken);
    }

    internal static void Render(NationalSummary summary)
    {
        if (summary.ContainsSyntheticData)
        {
            Messages.SyntheticWarning();
        }

        var when = summary.AsOf is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "now";
        var synthetic = summary.ContainsSyntheticData ? " — [yellow]contains SYNTHETIC demonstration data[/]" : string.Empty;
        AnsiConsole.Write(new Markup(string.Create(CultureInfo.CurrentCulture,
            $"[bold]National summary[/] as of {Markup.Escape(when)} (data version {summary.DataVersion}){synthetic}\n")));

        var districts = new Table().Title("Hazardous areas remaining (open and in progress)")
            .AddColumns("District", "SHA", "CHA", "SHA km²", "CHA km²", "Remaining km²");
        foreach (var d in summary.Districts)
        {
            districts.AddRow(Markup.Escape($"{d.DistrictName} ({d.DistrictCode})"), N0(d.SuspectedCount), N0(d.ConfirmedCount),
                Km2(d.SuspectedRemainingSquareMetres), Km2(d.ConfirmedRemainingSquareMetres), Km2(d.RemainingSquareMetres));
        }

        districts.AddRow("[bold]Total[/]", N0(summary.Districts.Sum(d => d.SuspectedCount)), N0(summary.Districts.Sum(d => d.ConfirmedCount)),
            Km2(summary.Districts.Sum(d => d.SuspectedRemainingSquareMetres)), Km2(summary.Districts.Sum(d => d.ConfirmedRemainingSquareMetres)),
            Km2(summary.RemainingSquareMetres));
        AnsiConsole.Write(districts);

        var released = new Table().Title("Land released, km²").AddColumn("Year");
        foreach (var outcome in Enum.GetValues<ReleaseOutcome>())
        {
            released.AddColumn(outcome.ToString());
        }

        released.AddColumn("Total");
        foreach (var year in summary.Released.GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            var cells = new List<string> { year.Key.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(Enum.GetValues<ReleaseOutcome>().Select(o => Km2(year.Where(r => r.Outcome == o).Sum(r => r.SquareMetres))));
            cells.Add(Km2(year.Sum(r => r.SquareMetres)));
            released.AddRow(cells.ToArray());
        }

        AnsiConsole.Write(released);

        var devices = new Table().Title("Devices found").AddColumns("Category", "Devices");
        foreach (var d in summary.Devices)
        {
            devices.AddRow(Markup.Escape(d.Label), N0(d.Quantity));
        }

        AnsiConsole.Write(devices);
    }

    private static string N0(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string Km2(double squareMetres) => (squareMetres / 1e6).ToString("N2", CultureInfo.CurrentCulture);

    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--as-of <DATE>")]
        [Description("Show the summary as it was at the end of this day (yyyy-MM-dd, UTC) or at this ISO 8601 instant.")]
        public string? AsOf { get; set; }
    }
}
