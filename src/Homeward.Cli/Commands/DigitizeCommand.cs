using System.ComponentModel;
using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Cli.Reports;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Geo.Crs;
using Homeward.Records.Format;
using Homeward.Records.Geomagnetism;
using Homeward.Records.Output;
using Homeward.Records.Traverse;
using Homeward.Storage.GeoPackage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward digitize RECORD</c>: computes a minefield record (JSON, CSV or XLSX) into WGS 84 and UTM geometry with the
/// radial error of every point and the consistency flags; writes GeoJSON (to standard output by default) or a GeoPackage,
/// optionally the one-page PNG report, and optionally stores the result as a draft field report.
/// </summary>
internal sealed class DigitizeCommand : AsyncCommand<DigitizeCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Record))
        {
            return Messages.Fail(ExitCodes.UserError, $"there is no file {settings.Record}.");
        }

        var format = settings.Format?.ToLowerInvariant() ?? (settings.Out?.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase) is true ? "gpkg" : "geojson");
        if (format is not ("geojson" or "gpkg"))
        {
            return Messages.Fail(ExitCodes.UserError, $"--format {settings.Format}: use geojson or gpkg.");
        }

        if (format == "gpkg" && settings.Out is null)
        {
            return Messages.Fail(ExitCodes.UserError, "--format gpkg needs --out FILE.gpkg.");
        }

        if (settings.Crs is not ("wgs84" or "utm"))
        {
            return Messages.Fail(ExitCodes.UserError, $"--crs {settings.Crs}: use wgs84 or utm.");
        }

        if (!DatumTransformation.TryFromEpsgCode(settings.Transformation, out var transformation))
        {
            return Messages.Fail(ExitCodes.UserError, string.Create(CultureInfo.InvariantCulture,
                $"--transformation {settings.Transformation}: use one of {string.Join(", ", DatumTransformation.All.Select(t => t.EpsgCode))}."));
        }

        var bytes = await File.ReadAllBytesAsync(settings.Record, cancellationToken);
        var read = RecordFiles.Read(settings.Record, bytes);
        if (!read.TryGetValue(out var record))
        {
            return Messages.Fail(ExitCodes.UserError, $"{settings.Record} was refused: {read.Errors.Count} problem(s)", read.Errors.Select(e => e.ToString()));
        }

        GeomagneticModels models;
        try
        {
            models = GeomagneticModels.Load();
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            return Messages.Fail(ExitCodes.EnvironmentError, $"the geomagnetic models could not be read from {GeomagneticModels.DefaultDirectory}: {ex.Message}");
        }

        var attachments = new List<ReportAttachment> { ReportAttachment.Create(settings.Record, MediaTypeOf(settings.Record), bytes) };
        foreach (var file in settings.Attach)
        {
            if (!File.Exists(file))
            {
                return Messages.Fail(ExitCodes.UserError, $"--attach {file}: there is no such file.");
            }

            attachments.Add(ReportAttachment.Create(file, MediaTypeOf(file), await File.ReadAllBytesAsync(file, cancellationToken)));
        }

        var options = DigitizeOptions.Default with { Transformation = transformation };
        var digitizer = new MinefieldDigitizer(models);
        var computed = digitizer.Digitize(record, options);
        if (!computed.TryGetValue(out var minefield))
        {
            return Messages.Fail(ExitCodes.UserError, $"{settings.Record} was refused: {computed.Errors.Count} problem(s)", computed.Errors.Select(e => e.ToString()));
        }

        CliSession? session = null;
        if (settings.IntoReport)
        {
            if (minefield.PerimeterWgs84 is null)
            {
                return Messages.Fail(ExitCodes.UserError, $"{settings.Record} has no perimeter, so it gives no hazardous area to report.");
            }

            (session, var exitCode) = await CliSession.OpenAsync(settings, create: false, cancellationToken);
            if (session is null)
            {
                return exitCode;
            }

            // Computed again with the hazardous areas already recorded around it, so that an overlap is flagged (F17).
            var around = await session.Store.QueryEnvelopeAsync(ObjectKind.HazardousArea, minefield.UncertaintyZoneWgs84!.EnvelopeInternal, cancellationToken);
            var existing = around.Where(o => o.State.Geometry is not null).Select(o => (o.State.Code, o.State.Geometry!)).ToList();
            minefield = digitizer.Digitize(record, options with { ExistingHazards = existing }).Value;
        }

        var utm = settings.Crs == "utm";
        if (format == "gpkg")
        {
            await GeoPackageFeatureFile.WriteAsync(settings.Out!, Layers(minefield), TimeProvider.System.GetUtcNow(), cancellationToken);
        }
        else if (settings.Out is not null)
        {
            await File.WriteAllTextAsync(settings.Out, MinefieldGeoJson.Write(minefield, utm), cancellationToken);
        }
        else if (session is null)
        {
            Console.Out.WriteLine(MinefieldGeoJson.Write(minefield, utm));
        }

        if (settings.Report is not null)
        {
            await File.WriteAllBytesAsync(settings.Report, MinefieldSketch.RenderPng(minefield), cancellationToken);
        }

        if (session is null)
        {
            Summarize(minefield, settings.Json, writeToOutput: settings.Out is not null);
            return ExitCodes.Success;
        }

        await using (session)
        {
            Summarize(minefield, json: false, writeToOutput: false);
            var draft = MinefieldReportDraft.Create(minefield, settings.HazardType, settings.Update, attachments);
            var created = await session.Workflow.CreateDraftAsync(draft, session.User, cancellationToken);
            return ReviewOutcomeRendering.Finish(created, settings.Json,
                $"draft field report created: a hazardous area and its evidence from {record.Id}, with {draft.Attachments!.Count} attachment(s). " +
                "Submit it for review with 'homeward report submit'.");
        }
    }

    private static string MediaTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".json" => "application/json",
        ".csv" => "text/csv",
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".tif" or ".tiff" => "image/tiff",
        ".geojson" => "application/geo+json",
        _ => "application/octet-stream",
    };

    /// <summary>The GeoPackage layers: perimeter, uncertainty zone, rows and points, each in WGS 84 and in UTM.</summary>
    private static List<GeoPackageLayer> Layers(DigitizedMinefield minefield)
    {
        var layers = new List<GeoPackageLayer>();
        foreach (var utm in new[] { false, true })
        {
            var features = MinefieldFeatures.Of(minefield, utm);
            var suffix = utm ? string.Create(CultureInfo.InvariantCulture, $"utm{minefield.Utm.Zone}n") : "wgs84";
            foreach (var layer in MinefieldFeatures.Layers)
            {
                var type = layer switch { "rows" => "LINESTRING", "points" => "POINT", _ => "POLYGON" };
                layers.Add(new GeoPackageLayer($"{layer}_{suffix}", utm ? minefield.Utm.Srid : CoordinateReferenceSystem.Wgs84.Srid, type,
                    $"Minefield record {minefield.Record.Id}: {layer.Replace('_', ' ')}",
                    [.. features.Where(f => f.Layer == layer).Select(f => new GeoPackageFeature(f.Geometry, f.Properties))]));
            }
        }

        return layers;
    }

    private static void Summarize(DigitizedMinefield m, bool json, bool writeToOutput)
    {
        if (json && writeToOutput)
        {
            CliJson.Write(new
            {
                recordId = m.Record.Id,
                misclosureMetres = m.Closure?.LinearMetres,
                adjusted = m.Closure?.IsAdjusted ?? false,
                areaSquareMetres = m.AreaSquareMetres,
                maxRadialErrorMetres = m.MaxRadialErrorMetres,
                declinationDegrees = m.DeclinationDegrees,
                convergenceDegrees = m.ConvergenceDegrees,
                flags = m.Flags.Select(f => new { code = f.Code, severity = f.Severity.ToString().ToLowerInvariant(), subject = f.Subject, message = f.Message }),
            });
            return;
        }

        var console = writeToOutput ? AnsiConsole.Console : Messages.Error;
        var closure = m.Closure is { } c
            ? string.Create(CultureInfo.InvariantCulture, $"misclosure {c.LinearMetres:0.000} m (1:{Math.Min(c.RelativePrecision, 1e9):0}){(c.IsAdjusted ? ", adjusted" : ", not adjusted")}")
            : "no closing leg";
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{m.Record.Id}: {m.Points.Count} points, {m.Rows.Count} row(s), {closure}; area {m.AreaSquareMetres:0.0} m²; largest radial error {m.MaxRadialErrorMetres:0.0} m.");
        foreach (var flag in m.Flags)
        {
            var color = flag.Severity switch { Records.Consistency.FlagSeverity.Error => "red", Records.Consistency.FlagSeverity.Warning => "yellow", _ => "grey" };
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [{color}]{flag.ToString()}[/]");
        }
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<RECORD>")]
        [Description("The minefield record: a JSON file, or a spreadsheet in the record layout (.csv or .xlsx; docs/minefield-records.md).")]
        public string Record { get; set; } = string.Empty;

        [CommandOption("--out <FILE>")]
        [Description("Where to write the geometry. Default: GeoJSON on standard output.")]
        public string? Out { get; set; }

        [CommandOption("--format <FORMAT>")]
        [Description("geojson (default; gpkg when --out ends in .gpkg) or gpkg: perimeter, uncertainty zone, rows and points, in WGS 84 and UTM.")]
        public string? Format { get; set; }

        [CommandOption("--crs <CRS>")]
        [Description("For GeoJSON: wgs84 (default, RFC 7946) or utm (metres, with a 'crs' member GDAL and QGIS read).")]
        [DefaultValue("wgs84")]
        public string Crs { get; set; } = "wgs84";

        [CommandOption("--report <FILE>")]
        [Description("Also draw the one-page report with the sketch of the traverse, as PNG.")]
        public string? Report { get; set; }

        [CommandOption("--into-report")]
        [Description("Store the result in the database (--db) as a draft field report: a suspected hazardous area and its evidence, the record attached.")]
        public bool IntoReport { get; set; }

        [CommandOption("--attach <FILE>")]
        [Description("With --into-report: a scan or photograph of the paper record to attach as well (repeat for several).")]
        public string[] Attach { get; set; } = [];

        [CommandOption("--hazard-type <CODE>")]
        [Description("With --into-report: the hazard type of the area (a code of hazard_type). Default: minefield-mixed.")]
        [DefaultValue("minefield-mixed")]
        public string HazardType { get; set; } = "minefield-mixed";

        [CommandOption("--update <CODE>")]
        [Description("With --into-report: the stored hazardous area this record updates, instead of creating a new one.")]
        public string? Update { get; set; }

        [CommandOption("--transformation <EPSG>")]
        [Description("The Pulkovo 1942 to WGS 84 transformation for SK-42 records: 15865 (default), 1807, 1808 or 1809.")]
        [DefaultValue(15865)]
        public int Transformation { get; set; } = 15865;
    }
}
