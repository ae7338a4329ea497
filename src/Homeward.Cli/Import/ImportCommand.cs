using System.ComponentModel;
using System.Globalization;
using System.Text;
using Homeward.Cli.Rendering;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Exchange.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Homeward.Cli.Import;

/// <summary>
/// <c>homeward import FILE --as KIND</c>: reads a GeoJSON, GeoPackage, Shapefile, KML, CSV or XLSX file, checks every
/// record, and stores the good ones as ONE draft field report, so that review and approval apply. All or nothing by
/// default; <c>--skip-invalid</c> takes the good records and writes the others, with a reason, to a file in the input's
/// format; <c>--dry-run</c> writes nothing.
/// </summary>
internal sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    private const int ShownProblems = 50;
    private const long LargeFileBytes = 8 * 1024 * 1024;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!ImportKinds.ByWord.TryGetValue(settings.As, out var kind))
        {
            return Messages.Fail(ExitCodes.UserError, $"--as must be one of {string.Join(", ", ImportKinds.ByWord.Keys)}, not '{settings.As}'.");
        }

        if (!File.Exists(settings.File) && !Directory.Exists(settings.File))
        {
            return Messages.Fail(ExitCodes.UserError, $"there is no file {settings.File}.");
        }

        if (settings.SaveMapping is { } saveName && !ImportMappingFile.IsValidName(saveName))
        {
            return Messages.Fail(ExitCodes.UserError, $"'{saveName}' cannot name a mapping: use letters, digits, dots, hyphens and underscores.");
        }

        var (mapping, mappingError) = LoadMapping(settings.Mapping);
        if (mapping is null)
        {
            return Messages.Fail(ExitCodes.UserError, mappingError!);
        }

        if (settings.Crs is { } crs)
        {
            mapping = mapping with { Crs = crs };
        }

        Encoding? encoding = null;
        if (settings.Encoding is { } encodingName && (encoding = ShapefileSourceReader.EncodingNamed(encodingName)) is null)
        {
            return Messages.Fail(ExitCodes.UserError, $"'{encodingName}' is not an encoding Homeward knows (try utf-8, windows-1251, 1252).");
        }

        if (mapping.Crs is { } crsText && !TryParseCrs(crsText, out _))
        {
            return Messages.Fail(ExitCodes.UserError, $"'{crsText}' is not a CRS; write it EPSG:32638, EPSG:28408 or EPSG:4326.");
        }

        var sourceOptions = SourceOptions.For(mapping, settings.Layer, encoding);
        if (!SourceFiles.TryOpen(settings.File, sourceOptions, out var reader, out var openError))
        {
            return Messages.Fail(ExitCodes.UserError, $"{settings.File}: {openError}");
        }

        using (reader)
        {
            return await CliSession.RunAsync(settings, session => RunAsync(session, reader!, kind, mapping, settings, cancellationToken), cancellationToken);
        }
    }

    private static bool TryParseCrs(string text, out int srid)
    {
        srid = 0;
        var digits = text.Trim();
        var colon = digits.LastIndexOf(':');
        return int.TryParse(colon >= 0 ? digits[(colon + 1)..] : digits, NumberStyles.None, CultureInfo.InvariantCulture, out srid);
    }

    private static (ImportMapping? Mapping, string? Error) LoadMapping(string? given)
    {
        if (given is null)
        {
            return (new ImportMapping(), null);
        }

        var path = File.Exists(given) ? given
            : ImportMappingFile.IsValidName(given) && File.Exists(ImportMappingFile.SavedPath(SavedMappings.Folder, given)) ? ImportMappingFile.SavedPath(SavedMappings.Folder, given)
            : null;
        if (path is null)
        {
            return (null, $"there is no mapping file {given}, and no saved mapping of that name in {SavedMappings.Folder}.");
        }

        return ImportMappingFile.TryRead(path, out var mapping, out var error) ? (mapping, null) : (null, $"{path}: {error}");
    }

    private static async Task<int> RunAsync(CliSession session, SourceReader reader, ObjectKind kind, ImportMapping mapping, Settings settings,
        CancellationToken cancellationToken)
    {
        var options = new ImportOptions
        {
            Kind = kind,
            Mapping = mapping,
            Codes = await session.Store.GetCodeTablesAsync(cancellationToken),
            Validator = CliSession.NewGeometryValidator(),
            Today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime),
            KeepRejected = settings.SkipInvalid,
        };
        var importer = new Importer(options);
        // Small files are read before a bar could be drawn; large ones show one (or a line now and then when standard error is a file).
        var large = File.Exists(settings.File) && new FileInfo(settings.File).Length > LargeFileBytes;
        using var result = large
            ? await ProgressReporter.RunAsync($"reading {Path.GetFileName(settings.File)} (per mille)", 1000,
                progress => importer.RunAsync(reader, session.Store, new SynchronousProgress<double>(f => progress.Report((int)(f * 1000))), cancellationToken))
            : await importer.RunAsync(reader, session.Store, null, cancellationToken);
        var kindName = ObjectKindInfo.Of(kind).JsonName;
        if (result.FatalError is { } fatal)
        {
            WriteJson(settings, result, reader, null, null, success: false);
            return Messages.Fail(ExitCodes.UserError, $"{settings.File}: {fatal}; nothing was stored.");
        }

        foreach (var warning in result.Warnings.Take(ShownProblems))
        {
            Messages.Warning(warning.ToString());
        }

        if (result.RejectedCount > 0 && !settings.SkipInvalid)
        {
            WriteJson(settings, result, reader, null, null, success: false);
            return Messages.Fail(ExitCodes.UserError,
                $"{settings.File}: {result.RejectedCount} of {result.RecordsRead} record(s) refused ({result.ProblemCount} problem(s)); nothing was stored. "
                + "Fix them, or import the rest with --skip-invalid",
                ProblemLines(result));
        }

        if (result.Items.Count == 0)
        {
            WriteJson(settings, result, reader, null, null, success: false);
            return Messages.Fail(ExitCodes.UserError, $"{settings.File}: every record was refused; nothing was stored", ProblemLines(result));
        }

        string? rejectedPath = null;
        string? reportCode = null;
        if (!settings.DryRun)
        {
            var draft = new FieldReportDraft
            {
                Title = $"Import of {Path.GetFileName(Path.TrimEndingDirectorySeparator(settings.File))}: {result.Items.Count} {kindName} record(s)",
                FormType = "import",
                Items = [],
            };

            // The items go from their temporary file to the store one at a time, in one transaction.
            var created = large
                ? await ProgressReporter.RunAsync($"storing {result.Items.Count} item(s)", result.Items.Count,
                    progress => session.Workflow.CreateDraftAsync(draft, result.Items, session.User, progress, cancellationToken))
                : await session.Workflow.CreateDraftAsync(draft, result.Items, session.User, null, cancellationToken);
            if (!created.Success)
            {
                WriteJson(settings, result, reader, null, rejectedPath, success: false);
                return Messages.Fail(ExitCodes.UserError, $"the draft was refused: {created.Error}");
            }

            reportCode = created.Report.Code;

            // Written once the report is stored, so that a refused draft leaves no rejected-records file behind.
            if (result.RejectedCount > 0)
            {
                rejectedPath = settings.Rejected ?? RejectedRecordFile.DefaultPath(reader);
                try
                {
                    RejectedRecordFile.Write(reader, result.SourceSrid, result.Rejected, rejectedPath);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return Messages.Fail(ExitCodes.EnvironmentError,
                        $"{reportCode} was created with {result.Items.Count} item(s), but the {result.RejectedCount} refused record(s) could not be written to {rejectedPath}: {ex.Message}");
                }
            }

            if (settings.SaveMapping is { } name)
            {
                SaveMapping(name, mapping, result);
            }
        }

        WriteJson(settings, result, reader, reportCode, rejectedPath, success: true);
        if (!settings.Json)
        {
            WriteSummary(result, reader, kindName, reportCode, rejectedPath);
        }

        return ExitCodes.Success;
    }

    private static List<string> ProblemLines(ImportResult result)
    {
        var lines = result.Problems.Take(ShownProblems).Select(p => p.ToString()).ToList();
        if (result.ProblemCount > lines.Count)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"... and {result.ProblemCount - lines.Count} more problem(s) (--json lists up to {Importer.ProblemCap})."));
        }

        return lines;
    }

    private static void SaveMapping(string name, ImportMapping mapping, ImportResult result)
    {
        var saved = mapping.HasColumnMap ? mapping : mapping with { Columns = result.ColumnMap.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal) };
        Directory.CreateDirectory(SavedMappings.Folder);
        var path = ImportMappingFile.SavedPath(SavedMappings.Folder, name);
        File.WriteAllText(path, ImportMappingFile.Write(saved, json: false));
        Messages.Note($"mapping saved as '{name}' ({path}); reuse it with --mapping {name}.");
    }

    private static void WriteSummary(ImportResult result, SourceReader reader, string kindName, string? reportCode, string? rejectedPath)
    {
        var what = string.Create(CultureInfo.InvariantCulture,
            $"{result.Items.Count} {kindName} item(s) from {result.RecordsRead} {reader.RecordWord}(s) of {reader.Format}{(reader.Layer is null ? string.Empty : $" layer {reader.Layer}")}, EPSG:{result.SourceSrid}");
        if (reportCode is not null)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"{reportCode}: draft created with {what}.");
            AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"  review it with 'homeward report show {reportCode}', then submit and approve it.");
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture, $"dry run: {what} would be imported; nothing was written.");
        }

        if (result.RejectedCount > 0)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.CurrentCulture,
                $"  {result.RejectedCount} record(s) refused{(rejectedPath is null ? string.Empty : $" and written with their reasons to {rejectedPath}")}:");
            foreach (var line in ProblemLines(result))
            {
                Console.Out.WriteLine($"    {line}");
            }
        }

        Console.Out.WriteLine("  columns: " + string.Join(", ", result.ColumnMap.Select(p => $"{p.Key} → {p.Value}")));
        if (result.UnmappedColumns.Count > 0)
        {
            Console.Out.WriteLine("  not imported (no field matches; map them in a mapping file): " + string.Join(", ", result.UnmappedColumns));
        }
    }

    private static void WriteJson(Settings settings, ImportResult result, SourceReader reader, string? reportCode, string? rejectedPath, bool success)
    {
        if (!settings.Json)
        {
            return;
        }

        CliJson.Write(new
        {
            success,
            dryRun = settings.DryRun,
            code = reportCode,
            format = reader.Format.ToString(),
            layer = reader.Layer,
            sourceSrid = result.SourceSrid,
            records = result.RecordsRead,
            imported = success ? result.Items.Count : 0,
            rejected = result.RejectedCount,
            rejectedFile = rejectedPath,
            fatalError = result.FatalError?.ToString(),
            problemCount = result.ProblemCount,
            problems = result.Problems.Select(p => new { record = p.Record, field = p.Field, value = p.Value, location = p.Location, message = p.Message, text = p.ToString() }),
            warnings = result.Warnings.Select(p => p.ToString()),
            columns = result.ColumnMap,
            unmappedColumns = result.UnmappedColumns,
        });
    }

    internal sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The file: .geojson/.json, .gpkg, .shp (or a folder or .zip holding one), .kml, .csv or .xlsx.")]
        public string File { get; set; } = string.Empty;

        [CommandOption("--as <KIND>")]
        [Description("What the records are: hazards, activities, released, devices, accidents, settlements, assets or projects.")]
        public string As { get; set; } = string.Empty;

        [CommandOption("--mapping <FILE|NAME>")]
        [Description("A mapping file (JSON or YAML), or the name of a saved one. Without it, columns map by name.")]
        public string? Mapping { get; set; }

        [CommandOption("--save-mapping <NAME>")]
        [Description("Save the mapping used (with the columns matched by name) under NAME, for the next file from this source.")]
        public string? SaveMapping { get; set; }

        [CommandOption("--skip-invalid")]
        [Description("Import the good records and write the refused ones, with a reason, next to the input (or to --rejected).")]
        public bool SkipInvalid { get; set; }

        [CommandOption("--rejected <FILE>")]
        [Description("Where --skip-invalid writes the refused records (same format as the input). Default: NAME.rejected.EXT next to the input.")]
        public string? Rejected { get; set; }

        [CommandOption("--dry-run")]
        [Description("Check the file and say what would be imported; write nothing.")]
        public bool DryRun { get; set; }

        [CommandOption("--layer <NAME>")]
        [Description("The GeoPackage table, shapefile or sheet to read, when the file holds several.")]
        public string? Layer { get; set; }

        [CommandOption("--crs <EPSG>")]
        [Description("The CRS of the coordinates (EPSG:4326, EPSG:32638, EPSG:28408...), overriding what the file states.")]
        public string? Crs { get; set; }

        [CommandOption("--encoding <NAME>")]
        [Description("The text encoding of a CSV file or shapefile attributes (utf-8, windows-1251...), overriding the .cpg.")]
        public string? Encoding { get; set; }
    }
}
