using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Planning.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Planning;

/// <summary><c>homeward scenario compare A B</c>: two saved plans side by side.</summary>
internal sealed class ScenarioCompareCommand : Command<ScenarioCompareCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = new ScenarioFolder(PlanningInputs.ScenariosPath(settings));
        var first = Load(folder, settings.First);
        var second = Load(folder, settings.Second);
        if (first is null || second is null)
        {
            var names = folder.Names();
            return Messages.Fail(ExitCodes.UserError,
                $"no saved scenario \"{(first is null ? settings.First : settings.Second)}\" in {folder.Path}. Saved: {(names.Count == 0 ? "none" : string.Join(", ", names))}.");
        }

        var comparison = ScenarioComparison.Compare(first, second);
        if (first.ContainsSyntheticData || second.ContainsSyntheticData)
        {
            Messages.SyntheticWarning();
        }

        if (settings.Json)
        {
            CliJson.Write(new
            {
                first = new { name = first.Name, version = first.Version, peopleWeightedDays = first.PeopleWeightedDays, completion = first.Completion, assumptions = first.Assumptions },
                second = new { name = second.Name, version = second.Version, peopleWeightedDays = second.PeopleWeightedDays, completion = second.Completion, assumptions = second.Assumptions },
                settlements = comparison.Settlements,
                peopleHome = comparison.PeopleHome,
            });
            return ExitCodes.Success;
        }

        var a = $"{first.Name} v{first.Version}";
        var b = $"{second.Name} v{second.Version}";
        var summary = new Table().AddColumns("", Markup.Escape(a), Markup.Escape(b));
        summary.AddRow("People-weighted days until safe", N0(first.PeopleWeightedDays), N0(second.PeopleWeightedDays));
        summary.AddRow("Last package done", D(first.Completion), D(second.Completion));
        summary.AddRow("Extra teams", Markup.Escape(Join(first.Assumptions.ExtraTeams)), Markup.Escape(Join(second.Assumptions.ExtraTeams)));
        summary.AddRow("District weights", Markup.Escape(Join(first.Assumptions.DistrictWeights)), Markup.Escape(Join(second.Assumptions.DistrictWeights)));
        AnsiConsole.Write(summary);

        var home = new Table().Title("People able to go home by").AddColumns("Date", Markup.Escape(a), Markup.Escape(b));
        foreach (var row in comparison.PeopleHome)
        {
            home.AddRow(D(row.Date), N0(row.First), N0(row.Second));
        }

        AnsiConsole.Write(home);
        var rows = new Table().Title("Settlements (most people first)").AddColumns("Settlement", "People", Markup.Escape(a), Markup.Escape(b), "Days earlier");
        foreach (var r in comparison.Settlements.OrderByDescending(r => r.Population).Take(settings.Top))
        {
            rows.AddRow(Markup.Escape($"{r.Name} ({r.Code})"), N0(r.Population), r.FirstSafeDate is { } x ? D(x) : "—", r.SecondSafeDate is { } y ? D(y) : "—",
                r.DaysEarlier?.ToString("N0", CultureInfo.CurrentCulture) ?? "—");
        }

        AnsiConsole.Write(rows);
        return ExitCodes.Success;
    }

    private static Scenario? Load(ScenarioFolder folder, string reference)
    {
        var at = reference.LastIndexOf('@');
        if (at > 0 && int.TryParse(reference[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return folder.Load(reference[..at], version);
        }

        return folder.Load(reference);
    }

    private static string Join<T>(IReadOnlyDictionary<string, T> values) =>
        values.Count == 0 ? "—" : string.Join(", ", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key}={v.Value}")));

    private static string N0(double value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal sealed class Settings : PlanningSettings
    {
        [CommandArgument(0, "<FIRST>")]
        [Description("The first scenario: NAME (latest version) or NAME@VERSION.")]
        public string First { get; set; } = "";

        [CommandArgument(1, "<SECOND>")]
        [Description("The second scenario.")]
        public string Second { get; set; } = "";

        [CommandOption("--top <N>")]
        [Description("Settlements to list. Default: 25.")]
        [DefaultValue(25)]
        public int Top { get; set; } = 25;
    }
}
