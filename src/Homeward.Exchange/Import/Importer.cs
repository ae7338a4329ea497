using System.Globalization;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Geo;
using Homeward.Geo.Crs;

namespace Homeward.Exchange.Import;

/// <summary>
/// Turns the records of a source file into field-report items of one kind, checking each record: its geometry (read, in
/// a known CRS, transformed to EPSG:4326, valid, in the deployment region, not swapped, not a duplicate in the file or
/// of a stored object), its codes (with the nearest known ones suggested), its references and its dates. Every problem
/// names the record, the field, the value and, for geometry, the coordinate. Reads the file once, one record at a time.
/// </summary>
public sealed partial class Importer
{
    /// <summary>The most problems and warnings kept for messages; all are counted.</summary>
    public const int ProblemCap = 1000;

    private const int DbfNameLength = 10;
    private const int ReadAheadRecords = 512;

    private readonly ImportOptions _options;
    private readonly IReadOnlyList<ImportField> _fields;
    private readonly Dictionary<string, ImportField?> _columnFields = new(StringComparer.Ordinal);
    private readonly CoordinateTransformer _transformer = new();
    private readonly Dictionary<string, ObjectKind?> _references = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> _geometries = [];
    private Dictionary<ulong, List<int>>? _moreGeometries;
    private readonly Dictionary<string, long> _itemRefs = new(StringComparer.Ordinal);
    private NetTopologySuite.Index.Strtree.STRtree<DomainObject>? _stored;

    /// <summary>Creates an importer.</summary>
    /// <param name="options">The kind, mapping and rules.</param>
    public Importer(ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _fields = ImportField.Of(options.Kind);
    }

    /// <summary>Reads every record of <paramref name="reader"/> and checks it.</summary>
    /// <param name="reader">The source.</param>
    /// <param name="store">The database, for duplicates and references; <see langword="null"/> to skip those checks.</param>
    /// <param name="progress">Told how far the reading has got, 0 to 1.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The items, the refused records and the problems; the caller disposes it.</returns>
    public async Task<ImportResult> RunAsync(SourceReader reader, IHomewardStore? store, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new ImportResult();
        try
        {
            return await RunAsync(reader, store, result, progress, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A cancelled or failed import leaves no temporary file behind.
            result.Dispose();
            throw;
        }
    }

    private async Task<ImportResult> RunAsync(SourceReader reader, IHomewardStore? store, ImportResult result, IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        var mappingError = CheckMapping();
        if (mappingError is not null)
        {
            result.FatalError = new ImportProblem("mapping", null, null, null, mappingError);
            return result;
        }

        int? overrideSrid = null;
        if (_options.Mapping.Crs is { } crsText)
        {
            if (!CrsNames.TryParseUrn(crsText, out var parsed) || !CoordinateReferenceSystem.TryFromSrid(parsed, out _))
            {
                result.FatalError = new ImportProblem("mapping", "crs", crsText, null, UnsupportedCrs(crsText));
                return result;
            }

            overrideSrid = parsed;
        }

        var kindInfo = ObjectKindInfo.Of(_options.Kind);
        await foreach (var record in ReadAheadAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (result.RecordsRead == 0)
            {
                var srid = overrideSrid ?? reader.DeclaredSrid;
                if (srid is null && reader.UnknownCrs is { } unknown)
                {
                    result.FatalError = new ImportProblem("file", "crs", unknown, null,
                        "the file's coordinate reference system is not one Homeward knows (WGS 84, UTM zones, Pulkovo 1942 and its Gauss–Krüger zones 8 and 9); "
                        + "reproject it (ogr2ogr -t_srs EPSG:4326) or give the CRS with --crs if it is one of these under another name.");
                    return result;
                }

                srid ??= record.Geometry is { SRID: > 0 } g ? g.SRID : GeometryServices.StorageSrid;
                if (!CoordinateReferenceSystem.TryFromSrid(srid.Value, out _))
                {
                    result.FatalError = new ImportProblem("file", "crs", $"EPSG:{srid}", null, UnsupportedCrs($"EPSG:{srid}"));
                    return result;
                }

                result.SourceSrid = srid.Value;
            }

            result.RecordsRead++;
            var problems = new List<ImportProblem>();
            var item = await ConvertAsync(reader, record, result, kindInfo, store, problems, cancellationToken).ConfigureAwait(false);
            if (problems.Count == 0 && item is not null)
            {
                result.Items.Add(item);
            }
            else
            {
                result.RejectedCount++;
                if (_options.KeepRejected)
                {
                    result.Rejected.Add((record, string.Join(" ", problems.Select(p => (p.Field is null ? string.Empty : p.Field + ": ") + p.Message))));
                }

                result.ProblemCount += problems.Count;
                result.Problems.AddRange(problems.Take(ProblemCap - result.Problems.Count));
            }

            if (progress is not null && result.RecordsRead % 256 == 0)
            {
                progress.Report(reader.Progress);
            }
        }

        result.FatalError ??= reader.FatalError;
        if (result.FatalError is null && result.RecordsRead == 0)
        {
            result.FatalError = new ImportProblem("file", null, null, null, $"the file has no {reader.RecordWord}s.");
        }

        foreach (var column in reader.Columns)
        {
            if (Field(column) is { } field)
            {
                result.ColumnMap[column] = field.Name;
            }
            else if (!IsGeometryColumn(reader, column) && column != _options.Mapping.IdColumn)
            {
                result.UnmappedColumns.Add(column);
            }
        }

        // What the checks kept of every record is not needed any more: let it go before the items are stored.
        _geometries.Clear();
        _geometries.TrimExcess();
        _moreGeometries = null;
        _itemRefs.Clear();
        _itemRefs.TrimExcess();
        _stored = null;
        progress?.Report(1);
        return result;
    }

    /// <summary>
    /// The records, parsed on another thread a bounded distance ahead of the checks: parsing and checking each take about
    /// half the time, so two cores import nearly twice as fast. Only the producer touches the reader until it completes.
    /// </summary>
    private static async IAsyncEnumerable<SourceRecord> ReadAheadAsync(SourceReader reader,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<SourceRecord>(new System.Threading.Channels.BoundedChannelOptions(ReadAheadRecords)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            Exception? failure = null;
            try
            {
                foreach (var record in reader.ReadRecords())
                {
                    await channel.Writer.WriteAsync(record, stop.Token).ConfigureAwait(false);
                }
            }
            catch (Exception ex)
            {
                // Handed to the consumer, which rethrows it: a bug in a reader must not vanish on another thread.
                failure = ex;
            }
            finally
            {
                channel.Writer.TryComplete(failure is OperationCanceledException ? null : failure);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var record in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
        finally
        {
            // A consumer that stops early (a fatal CRS error) stops the producer, and waits for it to let go of the reader.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }

    private static string UnsupportedCrs(string crs) =>
        $"{crs} is not a CRS Homeward converts; use EPSG:4326, a WGS 84 / UTM zone (326zz), Pulkovo 1942 (4284) or its Gauss–Krüger zones 8 and 9 (28408, 28409), or reproject the file (ogr2ogr -t_srs EPSG:4326).";

    private static bool IsGeometryColumn(SourceReader reader, string column) => reader switch
    {
        CsvSourceReader csv => csv.Geometry is { } g && column == (g.WktColumn ?? string.Empty) || column == csv.Geometry?.XColumn || column == csv.Geometry?.YColumn,
        XlsxSourceReader xlsx => xlsx.Geometry is { } g && column == (g.WktColumn ?? string.Empty) || column == xlsx.Geometry?.XColumn || column == xlsx.Geometry?.YColumn,
        _ => false,
    };

    private string? CheckMapping()
    {
        var names = _fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = _options.Mapping.Columns.Values.Concat(_options.Mapping.Values.Keys).Concat(_options.Mapping.Defaults.Keys)
            .Where(n => !string.IsNullOrEmpty(n) && !names.Contains(n!) && FieldNamed(n!) is null).Distinct(StringComparer.Ordinal).ToList();
        return unknown.Count == 0 ? null
            : $"the mapping names field(s) {string.Join(", ", unknown)}, which a {ObjectKindInfo.Of(_options.Kind).JsonName} does not have; its fields are {string.Join(", ", _fields.Select(f => f.Name))}.";
    }

    private ImportField? FieldNamed(string name) =>
        _fields.FirstOrDefault(f => f.Name == name) ?? _fields.FirstOrDefault(f => f.MatchNames.Contains(ImportMapping.Normalize(name)));

    /// <summary>The field a column maps to: by the mapping when it has a column map, else by name.</summary>
    private ImportField? Field(string column)
    {
        if (_columnFields.TryGetValue(column, out var cached))
        {
            return cached;
        }

        ImportField? field;
        if (_options.Mapping.HasColumnMap)
        {
            field = _options.Mapping.Columns.TryGetValue(column, out var target) && !string.IsNullOrEmpty(target) ? FieldNamed(target) : null;
        }
        else
        {
            var normalized = ImportMapping.Normalize(column);
            field = _fields.FirstOrDefault(f => f.MatchNames.Contains(normalized));
            if (field is null && column.Length == DbfNameLength)
            {
                // A dBASE file cuts names at 10 characters (hazard_type → hazard_typ): take the one field the stump begins.
                var candidates = _fields.Where(f => f.MatchNames.Any(n => n.StartsWith(normalized, StringComparison.Ordinal))).ToList();
                field = candidates.Count == 1 ? candidates[0] : null;
            }
        }

        _columnFields[column] = field;
        return field;
    }

    private async Task<FieldReportItem?> ConvertAsync(SourceReader reader, SourceRecord record, ImportResult result, ObjectKindInfo kindInfo,
        IHomewardStore? store, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var name = reader.Describe(record.Number);
        var attributes = new JsonObject();
        string? targetCode = null;
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (column, value) in record.Attributes)
        {
            if (Field(column) is not { } field || value is null || value is string { Length: 0 } || IsGeometryColumn(reader, column))
            {
                continue;
            }

            var node = await ConvertValueAsync(field, value, name, column, store, problems, cancellationToken).ConfigureAwait(false);
            given.Add(field.Name);
            if (node is null)
            {
                continue;
            }

            if (field.Property is null)
            {
                targetCode = node.GetValue<string>();
                continue;
            }

            Put(attributes, field.Path, node);
        }

        foreach (var (fieldName, text) in _options.Mapping.Defaults)
        {
            if (FieldNamed(fieldName) is { } field && !given.Contains(field.Name) && !HasPath(attributes, field.Path))
            {
                var node = await ConvertValueAsync(field, text, name, $"default {fieldName}", store, problems, cancellationToken).ConfigureAwait(false);
                if (node is not null)
                {
                    Put(attributes, field.Path, node);
                }
            }
        }

        if (targetCode is null)
        {
            foreach (var required in ObjectSchema.Of(_options.Kind).Properties.Where(p => p.IsRequired && p.JsonName is not ("id" or "code")))
            {
                if (!attributes.ContainsKey(required.ReferenceAlias ?? required.JsonName) && !given.Contains(required.ReferenceAlias ?? required.JsonName))
                {
                    problems.Add(new ImportProblem(name, required.ReferenceAlias ?? required.JsonName, null, null,
                        "this field is required; map a column to it or give a default in the mapping."));
                }
            }
        }

        CheckDateOrder(attributes, name, problems);
        var geometry = CheckGeometry(reader, record, result, name, kindInfo, problems);
        if (geometry is not null && problems.Count == 0)
        {
            await CheckDuplicatesAsync(geometry, name, record.GeometryField, result, store, problems, cancellationToken).ConfigureAwait(false);
        }

        var itemRef = ItemRef(record, name, problems);
        return problems.Count > 0 ? null : new FieldReportItem(itemRef, _options.Kind, attributes.ToJsonString(), geometry, targetCode, null);
    }

    private string ItemRef(SourceRecord record, string name, List<ImportProblem> problems)
    {
        // Record numbers are unique in a file, so only identifiers from an id column are tracked.
        var itemRef = string.Create(CultureInfo.InvariantCulture, $"r{record.Number}");
        if (_options.Mapping.IdColumn is not { } idColumn)
        {
            return itemRef;
        }

        var id = record.Attributes.GetValueOrDefault(idColumn);
        var text = id is null ? null : Convert.ToString(id, CultureInfo.InvariantCulture)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            problems.Add(new ImportProblem(name, idColumn, null, null, "the record has no identifier in its id column."));
            return itemRef;
        }

        itemRef = text;
        if (!_itemRefs.TryAdd(itemRef, record.Number))
        {
            problems.Add(new ImportProblem(name, _options.Mapping.IdColumn, itemRef, null,
                string.Create(CultureInfo.InvariantCulture, $"the identifier is used twice in the file (first by record {_itemRefs[itemRef]}).")));
        }

        return itemRef;
    }

    private static void Put(JsonObject attributes, IReadOnlyList<string> path, JsonNode value)
    {
        var node = attributes;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (node[path[i]] is not JsonObject child)
            {
                child = [];
                node[path[i]] = child;
            }

            node = child;
        }

        node[path[^1]] = value;
    }

    private static bool HasPath(JsonObject attributes, IReadOnlyList<string> path)
    {
        JsonNode? node = attributes;
        foreach (var part in path)
        {
            node = (node as JsonObject)?[part];
        }

        return node is not null;
    }

    private static void CheckDateOrder(JsonObject attributes, string name, List<ImportProblem> problems)
    {
        foreach (var (start, end) in new[] { ("startedOn", "endedOn") })
        {
            if (attributes[start] is JsonValue s && attributes[end] is JsonValue e && DateOnly.TryParse(s.GetValue<string>(), CultureInfo.InvariantCulture, out var from)
                && DateOnly.TryParse(e.GetValue<string>(), CultureInfo.InvariantCulture, out var to) && to < from)
            {
                problems.Add(new ImportProblem(name, end, e.GetValue<string>(), null, $"ends before it starts ({start} is {s.GetValue<string>()})."));
            }
        }
    }
}
