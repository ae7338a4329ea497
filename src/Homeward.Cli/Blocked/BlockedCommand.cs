using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using Homeward.Cli.Rendering;
using Homeward.Exchange.Assets;
using Homeward.Geo.Overlay;
using Spectre.Console.Cli;

namespace Homeward.Cli.Blocked;

/// <summary>
/// <c>homeward blocked --assets settlements|roads|FILE</c>: which assets the uncleared hazardous areas block, by how many m²
/// (polygons), m (lines) or within what distance (points), and with <c>--by-hazard</c> what each hazard blocks and how many
/// people it keeps from home. See docs/analysis.md.
/// </summary>
internal sealed class BlockedCommand : AsyncCommand<BlockedCommand.Settings>
{
    /// <summary>Results by data version, layer and parameters, for the life of the process.</summary>
    internal static OverlayCache Cache { get; } = new();

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Assets))
        {
            return Messages.Fail(ExitCodes.UserError, "say which assets: --assets settlements, or --assets FILE (a GeoJSON file of points, lines or polygons).");
        }

        if (settings.Out is { } outPath && !BlockedFiles.IsSupported(outPath))
        {
            return Messages.Fail(ExitCodes.UserError, $"--out {outPath}: the file name must end in .csv, .geojson or .json.");
        }

        var layer = settings.Assets.Trim();
        var isSettlements = string.Equals(layer, BlockedLayers.Settlements, StringComparison.OrdinalIgnoreCase);
        var radius = settings.RadiusMetres ?? (isSettlements ? OverlayParameters.SettlementRadiusMetres : 0);
        if (!double.IsFinite(radius) || radius is < 0 or > OverlayParameters.MaxPointRadiusMetres)
        {
            return Messages.Fail(ExitCodes.UserError, string.Create(CultureInfo.InvariantCulture,
                $"--radius-metres is 0 to {OverlayParameters.MaxPointRadiusMetres:0}."));
        }

        return await CliSession.RunAsync(settings, async session =>
        {
            var store = session.Store;
            IReadOnlyList<OverlayAsset> assets;
            string layerKey;
            var synthetic = false;
            if (isSettlements)
            {
                var (settlements, settlementsSynthetic, withoutGeometry) = await BlockedLayers.SettlementsAsync(store, cancellationToken);
                if (withoutGeometry > 0)
                {
                    Messages.Note(string.Create(CultureInfo.CurrentCulture, $"{withoutGeometry:N0} settlement(s) have no location and are left out."));
                }

                (assets, layerKey, synthetic) = (settlements, BlockedLayers.Settlements, settlementsSynthetic);
            }
            else if (string.Equals(layer, BlockedLayers.Roads, StringComparison.OrdinalIgnoreCase) && !File.Exists(layer))
            {
                // Homeward records no roads: neither the store nor the demonstration region has a road layer, and none is made up.
                return Messages.Fail(ExitCodes.UserError,
                    "this database has no roads layer: Homeward does not record roads, and the demonstration region has none. "
                    + "Give the roads as a GeoJSON file of lines instead: --assets roads.geojson.");
            }
            else
            {
                var read = await ReadFileAsync(layer, cancellationToken);
                if (read.Assets is null)
                {
                    return read.ExitCode;
                }

                (assets, layerKey) = (read.Assets, read.Key);
            }

            var dataVersion = await store.GetDataVersionAsync(cancellationToken);
            var (hazards, hazardsSynthetic) = await BlockedLayers.HazardsAsync(store, cancellationToken);
            var engine = Cache.GetOrAddEngine(dataVersion, () => new OverlayEngine(hazards));
            var parameters = new OverlayParameters(radius);
            var result = Cache.GetOrAdd(new OverlayCacheKey(dataVersion, layerKey, parameters),
                () => engine.Compute(assets, parameters, degreeOfParallelism: 2, cancellationToken));
            var report = new BlockedReport(dataVersion, isSettlements ? BlockedLayers.Settlements : Path.GetFileName(layer), radius,
                synthetic || hazardsSynthetic, engine.Hazards.Count, result);

            if (settings.Out is { } path)
            {
                var rows = await BlockedFiles.WriteAsync(path, report, settings.ByHazard, cancellationToken);
                Messages.Note(string.Create(CultureInfo.CurrentCulture, $"wrote {rows:N0} {(settings.ByHazard ? "hazard" : "asset")}(s) to {path}."));
                if (report.ContainsSyntheticData)
                {
                    Messages.SyntheticWarning();
                }
            }

            if (settings.Json)
            {
                CliJson.Write(settings.ByHazard ? report.HazardsJson() : report.AssetsJson());
            }
            else if (settings.Out is null)
            {
                if (settings.ByHazard)
                {
                    BlockedTables.Hazards(report);
                }
                else
                {
                    BlockedTables.Assets(report);
                }
            }

            return ExitCodes.Success;
        }, cancellationToken);
    }

    private static async Task<(IReadOnlyList<OverlayAsset>? Assets, string Key, int ExitCode)> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return (null, string.Empty, Messages.Fail(ExitCodes.UserError,
                $"there is no file {path}; --assets takes 'settlements', 'roads' or a GeoJSON file of points, lines or polygons."));
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, string.Empty, Messages.Fail(ExitCodes.UserError, $"cannot read {path}: {ex.Message}"));
        }

        var read = AssetFile.Read(System.Text.Encoding.UTF8.GetString(bytes));
        if (!read.TryGetValue(out var assets))
        {
            return (null, string.Empty, Messages.Fail(ExitCodes.UserError, $"{path} is not a usable asset file:", read.Errors.Select(e => e.ToString())));
        }

        // A file's layer is named by its content, so a changed file never meets a stale cached result.
        return (assets, "file:" + Convert.ToHexString(SHA256.HashData(bytes)), ExitCodes.Success);
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--assets <LAYER>")]
        [Description("What may be blocked: 'settlements' (the database's settlements), 'roads' (the database's roads; Homeward records none yet), or a GeoJSON file of points, lines or polygons (label: property 'name' or 'id').")]
        public string? Assets { get; set; }

        [CommandOption("--radius-metres <N>")]
        [Description("Points within this many metres of a hazard are blocked (0 = only points inside). Default: 1000 for settlements, 0 for a file.")]
        public double? RadiusMetres { get; set; }

        [CommandOption("--by-hazard")]
        [Description("Show each hazard with what it blocks and the people it keeps from home, instead of each asset.")]
        public bool ByHazard { get; set; }

        [CommandOption("--out <FILE>")]
        [Description("Write the result to a file instead of a table: .csv (one row per asset or hazard) or .geojson/.json (with geometries).")]
        public string? Out { get; set; }
    }
}
