using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Homeward.Cli.Rendering;
using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Exchange.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Export;

/// <summary>
/// <c>homeward export --layer NAME --format FMT --out FILE [--where EXPR]</c>: any layer (an object kind's table) or saved
/// query to GeoJSON, GeoPackage, Shapefile, CSV or XLSX, now or as of a date; <c>--public</c> leaves out personal data and
/// generalises uncleared hazards. See docs/exchange.md.
/// </summary>
internal sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.List)
        {
            return List(settings.Json);
        }

        var queriesFile = SavedQueries.PathOf(settings.Queries);
        var layerName = settings.Layer;
        var where = settings.Where;
        if (settings.Query is { } queryName)
        {
            SortedDictionary<string, SavedQuery> saved;
            try
            {
                saved = await SavedQueries.LoadAsync(queriesFile, cancellationToken);
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
            {
                return Messages.Fail(ExitCodes.UserError, $"cannot read the saved queries in {queriesFile}: {ex.Message}");
            }

            if (!saved.TryGetValue(queryName, out var query))
            {
                return Messages.Fail(ExitCodes.UserError, saved.Count == 0
                    ? $"there is no saved query '{queryName}': {queriesFile} holds none yet (save one with --save-query NAME)."
                    : $"there is no saved query '{queryName}' in {queriesFile}; saved queries: {string.Join(", ", saved.Keys)}.");
            }

            if (layerName is not null && !string.Equals(layerName, query.Layer, StringComparison.OrdinalIgnoreCase))
            {
                return Messages.Fail(ExitCodes.UserError, $"the saved query '{queryName}' is of layer {query.Layer}, not {layerName}.");
            }

            layerName = query.Layer;
            where = (query.Where, where) switch
            {
                (null, var extra) => extra,
                (var stored, null) => stored,
                (var stored, var extra) => $"({stored}) and ({extra})",
            };
        }

        if (string.IsNullOrWhiteSpace(layerName))
        {
            return Messages.Fail(ExitCodes.UserError, "say which layer: --layer NAME (see 'homeward export --list') or --query NAME.");
        }

        if (!ObjectLayer.TryFindKind(layerName, out var kind))
        {
            return Messages.Fail(ExitCodes.UserError, $"there is no layer '{layerName}'; the layers are: {string.Join(", ", ObjectLayer.Names)}.");
        }

        if (settings.Labels is not (null or "en" or "az" or "ru"))
        {
            return Messages.Fail(ExitCodes.UserError, $"--labels takes en, az or ru, not '{settings.Labels}'.");
        }

        if (!AsOf.TryParse(settings.AsOf, out var asOf, out var asOfError))
        {
            return Messages.Fail(ExitCodes.UserError, asOfError!);
        }

        // The columns do not depend on the database's code tables, so the filter is checked before anything is opened.
        var schema = new ObjectLayer(kind, Options(CodeTables.Standard, settings)).Schema;
        RowFilter? filter = null;
        if (!string.IsNullOrWhiteSpace(where) && !RowFilter.TryParse(where, schema, out filter, out var whereError))
        {
            return Messages.Fail(ExitCodes.UserError, $"--where: {whereError}");
        }

        if (settings.SaveQuery is { } saveName)
        {
            if (!SavedQueries.IsValidName(saveName))
            {
                return Messages.Fail(ExitCodes.UserError, $"--save-query '{saveName}': use letters, digits, '.', '-' and '_' (up to 64).");
            }

            await SavedQueries.SaveAsync(queriesFile, saveName, new SavedQuery(schema.Name, filter?.Text), cancellationToken);
            Messages.Note($"saved query '{saveName}' ({schema.Name}{(filter is null ? string.Empty : $" where {filter.Text}")}) in {queriesFile}.");
            if (settings.Out is null)
            {
                return ExitCodes.Success;
            }
        }

        if (string.IsNullOrWhiteSpace(settings.Out))
        {
            return Messages.Fail(ExitCodes.UserError, "say where to write: --out FILE.");
        }

        ExportFormat format;
        if (settings.Format is { } formatName)
        {
            if (!LayerFiles.TryParseFormat(formatName, out format))
            {
                return Messages.Fail(ExitCodes.UserError, $"--format takes geojson, gpkg, shp, csv or xlsx, not '{formatName}'.");
            }
        }
        else if (!LayerFiles.TryParseFormat(Path.GetExtension(settings.Out).TrimStart('.'), out format))
        {
            return Messages.Fail(ExitCodes.UserError, "say which format: --format geojson|gpkg|shp|csv|xlsx (the file name's extension does not say).");
        }

        return await CliSession.RunAsync(settings, session => WriteAsync(session, kind, format, filter, asOf, settings, cancellationToken),
            cancellationToken);
    }

    private static async Task<int> WriteAsync(CliSession session, ObjectKind kind, ExportFormat format, RowFilter? filter,
        DateTimeOffset? asOf, Settings settings, CancellationToken cancellationToken)
    {
        var codes = await session.Store.GetCodeTablesAsync(cancellationToken);
        var layer = new ObjectLayer(kind, Options(codes, settings));
        var path = settings.Out!;
        var synthetic = false;
        long read = 0;
        IReadOnlyList<string> files;
        long written;
        long geometriesLeftOut = 0;
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            using var writer = LayerFiles.Open(format, path, layer.Schema, settings.Public);
            await foreach (var stored in session.Store.ListAsync(kind, asOf, cancellationToken))
            {
                read++;
                var feature = layer.ToFeature(stored.State);
                if (filter is not null && !filter.Matches(feature))
                {
                    continue;
                }

                synthetic |= stored.State.IsSynthetic;
                writer.Write(feature);
            }

            writer.Complete();
            (files, written) = (writer.Files, writer.Count);
            geometriesLeftOut = (writer as XlsxLayerWriter)?.GeometriesTooLong ?? 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Messages.Fail(ExitCodes.EnvironmentError, $"cannot write {path}: {ex.Message}");
        }

        if (settings.Json)
        {
            CliJson.Write(new
            {
                layer = layer.Schema.Name,
                format = format.ToString().ToLowerInvariant(),
                files,
                features = written,
                objectsRead = read,
                where = filter?.Text,
                asOf,
                @public = settings.Public,
                labels = settings.Labels,
                containsSyntheticData = synthetic,
                geometriesLeftOut,
            });
        }
        else
        {
            var shown = string.Join(", ", files.Where(f => !f.EndsWith(".shx", StringComparison.Ordinal)));
            var note = settings.Public ? " (public: personal data left out, uncleared hazards generalised)." : ".";
            Messages.Note(string.Create(CultureInfo.CurrentCulture, $"wrote {written:N0} of {read:N0} {layer.Schema.Name} to {shown}{note}"));
        }

        if (geometriesLeftOut > 0)
        {
            Messages.Warning(string.Create(CultureInfo.CurrentCulture,
                $"{geometriesLeftOut:N0} geometries are longer than an Excel cell holds (32,767 characters) and were left out; export to gpkg or geojson for them."));
        }

        if (synthetic)
        {
            Messages.SyntheticWarning();
        }

        return ExitCodes.Success;
    }

    private static ObjectLayerOptions Options(CodeTables codes, Settings settings) =>
        new(codes, Homeward.Geo.UtmMetricMeasure.Karabakh, settings.Labels, settings.Public);

    private static int List(bool json)
    {
        var layers = ObjectKindInfo.All.Select(i => new
        {
            layer = i.TableName,
            kind = i.JsonName,
            geometry = i.Shape switch
            {
                GeometryShape.Point => "point",
                GeometryShape.Polygonal => "polygon",
                GeometryShape.Any => "point, line or polygon",
                _ => "none",
            },
            restricted = i.IsRestricted,
            fields = new ObjectLayer(i.Kind, new ObjectLayerOptions(CodeTables.Standard, Homeward.Geo.UtmMetricMeasure.Karabakh)).Schema.Fields
                .Select(f => f.Name).ToList(),
        }).ToList();
        if (json)
        {
            CliJson.Write(layers);
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("Layer", "Geometry", "Fields");
        foreach (var layer in layers)
        {
            table.AddRow(Markup.Escape(layer.layer + (layer.restricted ? " (restricted)" : string.Empty)), layer.geometry,
                Markup.Escape(string.Join(", ", layer.fields)));
        }

        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandOption("--layer <NAME>")]
        [Description("The layer: an object kind's table name (hazardous_areas, released_areas, devices, settlements, ...); see --list.")]
        public string? Layer { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description("geojson, gpkg, shp, csv or xlsx. Default: from the --out file's extension.")]
        public string? Format { get; set; }

        [CommandOption("--out <FILE>")]
        [Description("The file to write (replaced if it exists). A shapefile is FILE.shp with .shx, .dbf, .prj, .cpg and .fields.csv beside it.")]
        public string? Out { get; set; }

        [CommandOption("--where <EXPR>")]
        [Description("Only rows that match, e.g. \"status in ('open', 'inProgress') and area_square_metres > 10000\" or \"code like 'HA-AGD%'\".")]
        public string? Where { get; set; }

        [CommandOption("--as-of <DATE>")]
        [Description("Export the layer as it was at the end of this day (yyyy-MM-dd, UTC) or at this ISO 8601 instant.")]
        public string? AsOf { get; set; }

        [CommandOption("--labels <LANG>")]
        [Description("Add a COLUMN_label column after each coded column, with the labels in en, az or ru.")]
        public string? Labels { get; set; }

        [CommandOption("--public")]
        [Description("For a public file: leave out personal data (victims' names and dates of birth, recipients' names, hazard benchmarks) and generalise uncleared hazards and the points that reveal them to a 0.1° grid.")]
        public bool Public { get; set; }

        [CommandOption("--list")]
        [Description("List the layers and their fields, and stop.")]
        public bool List { get; set; }

        [CommandOption("--save-query <NAME>")]
        [Description("Save --layer and --where under this name (and export too if --out is given).")]
        public string? SaveQuery { get; set; }

        [CommandOption("--query <NAME>")]
        [Description("Export a saved query; a --where given as well narrows it further.")]
        public string? Query { get; set; }

        [CommandOption("--queries <FILE>")]
        [Description("The saved-queries file. Default: $HOMEWARD_QUERIES, else homeward-queries.json in the current folder.")]
        public string? Queries { get; set; }
    }
}
