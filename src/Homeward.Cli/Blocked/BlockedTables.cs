using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Geo.Overlay;
using Spectre.Console;

namespace Homeward.Cli.Blocked;

/// <summary>The tables <c>homeward blocked</c> prints for people.</summary>
internal static class BlockedTables
{
    public static void Assets(BlockedReport report)
    {
        Heading(report, $"Blocked {report.Layer}");
        var blocked = report.Result.Assets.Where(a => a.IsBlocked).ToList();
        foreach (var group in blocked.GroupBy(a => a.Shape))
        {
            var table = group.Key switch
            {
                AssetShape.Polygon => new Table().Title("Polygons: blocked area").AddColumns("Asset", "Area m²", "Blocked m²", "Share", "Hazards (m²)"),
                AssetShape.Line => new Table().Title("Lines: blocked length").AddColumns("Asset", "Length m", "Blocked m", "Share", "Hazards (m)"),
                _ => new Table().Title($"Points within {N0(report.RadiusMetres)} m of a hazard")
                    .AddColumns("Asset", "Population", "Hazards (distance m)", "Hazards' area m²"),
            };
            foreach (var a in group)
            {
                var name = Markup.Escape(a.Asset.Label == a.Asset.Id ? a.Asset.Id : $"{a.Asset.Label} ({a.Asset.Id})");
                var hazards = Markup.Escape(string.Join(", ", a.Blockages.Select(b => b.Shape switch
                {
                    AssetShape.Polygon => $"{b.HazardCode} {N0(b.BlockedSquareMetres!.Value)}",
                    AssetShape.Line => $"{b.HazardCode} {N0(b.BlockedMetres!.Value)}",
                    _ => $"{b.HazardCode} {N0(b.DistanceMetres!.Value)}",
                })));
                _ = group.Key switch
                {
                    AssetShape.Polygon => table.AddRow(name, N0(a.AreaSquareMetres!.Value), N0(a.BlockedSquareMetres!.Value), Percent(a.Share), hazards),
                    AssetShape.Line => table.AddRow(name, N0(a.LengthMetres!.Value), N0(a.BlockedMetres!.Value), Percent(a.Share), hazards),
                    _ => table.AddRow(name, a.Asset.Population is { } p ? N0(p) : "unknown", hazards, N0(a.BlockingHazardsSquareMetres)),
                };
            }

            AnsiConsole.Write(table);
        }
    }

    public static void Hazards(BlockedReport report)
    {
        Heading(report, $"Hazards blocking {report.Layer}");
        var table = new Table().Title("Uncleared hazardous areas and what they block")
            .AddColumns("Hazard", "Status", "Area m²", "Assets", "Blocked m²", "Blocked m", "People kept from home", "Freed if cleared");
        foreach (var h in report.Result.Hazards.Where(h => h.Blockages.Count > 0))
        {
            table.AddRow(
                Markup.Escape(h.Hazard.Name is { Length: > 0 } name ? $"{h.Hazard.Code} {name}" : h.Hazard.Code),
                Markup.Escape(h.Hazard.Status.ToString()),
                N0(h.AreaSquareMetres),
                N0(h.Blockages.Count),
                N0(h.BlockedSquareMetres),
                N0(h.BlockedMetres),
                N0(h.PeopleKeptFromHome),
                N0(h.PeopleFreedIfCleared));
        }

        AnsiConsole.Write(table);
        var idle = report.Result.Hazards.Count(h => h.Blockages.Count == 0);
        if (idle > 0)
        {
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.CurrentCulture, $"{idle:N0} more uncleared hazardous area(s) block none of these assets.")));
        }
    }

    private static void Heading(BlockedReport report, string title)
    {
        if (report.ContainsSyntheticData)
        {
            Messages.SyntheticWarning();
        }

        var result = report.Result;
        var synthetic = report.ContainsSyntheticData ? " — [yellow]contains SYNTHETIC demonstration data[/]" : string.Empty;
        var people = result.Assets.Any(a => a.Asset.Population is not null)
            ? string.Create(CultureInfo.CurrentCulture, $"; {result.PeopleKeptFromHome:N0} people kept from home")
            : string.Empty;
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.CurrentCulture,
            $"{title}: {result.BlockedAssetCount:N0} of {result.Assets.Count:N0} assets blocked by "
            + $"{report.HazardsConsidered:N0} uncleared hazardous areas{people} (data version {report.DataVersion})")) + synthetic);
    }

    private static string N0(double value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string Percent(double share) => share.ToString("P1", CultureInfo.CurrentCulture);
}
