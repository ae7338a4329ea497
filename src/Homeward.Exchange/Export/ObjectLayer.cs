using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Domain;
using Homeward.Domain.Objects;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Export;

/// <summary>
/// An object kind as an exported layer: its columns, taken from the kind's schema (<see cref="ObjectSchema"/>) and
/// flattened as in the GeoPackage store (<c>object_id</c>, <c>code</c>, then each attribute in snake_case; names become
/// <c>name_en</c>, <c>name_az</c>, <c>name_ru</c>; points become <c>_lon</c>/<c>_lat</c>; lists and nested records JSON text),
/// code values as codes (optionally followed by their labels), areas in m². Converts objects to rows and rows back to
/// objects. Thread-safe once built.
/// </summary>
public sealed class ObjectLayer
{
    /// <summary>The size in degrees of the grid cells public files generalise uncleared hazards to (about 11 km × 8.5 km at 40° N).</summary>
    public const double PublicGridDegrees = 0.1;

    // Personal data never leaves restricted views (DESIGN: security).
    private static readonly HashSet<(ObjectKind, string)> PersonalFields =
    [
        (ObjectKind.Victim, nameof(Victim.FullName)),
        (ObjectKind.Victim, nameof(Victim.DateOfBirth)),
        (ObjectKind.Handover, nameof(Handover.RecipientName)),
        (ObjectKind.HazardousArea, nameof(HazardousArea.Benchmark)),
    ];

    private readonly ObjectLayerOptions _options;
    private readonly List<Column> _columns;

    /// <summary>Builds the layer of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="options">Labels and public-safety.</param>
    public ObjectLayer(ObjectKind kind, ObjectLayerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Info = ObjectKindInfo.Of(kind);
        var columns = new List<Column>();
        foreach (var property in ObjectSchema.Of(kind).Properties)
        {
            if (options.IsPublic && PersonalFields.Contains((kind, property.Name)))
            {
                continue;
            }

            columns.AddRange(ColumnsOf(property, options.LabelLanguage));
        }

        if (Info.Shape == GeometryShape.Polygonal && !columns.Any(c => c.Field.Name == "area_square_metres"))
        {
            columns.Add(new Column(new ExportField("area_m2", ExportFieldType.Real), [], ColumnRole.Area, null));
        }

        _columns = columns;
        var description = $"Homeward {Info.JsonName} objects" + (options.IsPublic
            ? string.Create(CultureInfo.InvariantCulture,
                $" (public: personal data left out, uncleared hazards generalised to a {PublicGridDegrees}° grid)")
            : string.Empty);
        Schema = new ExportLayerSchema(Info.TableName, Info.Shape, [.. columns.Select(c => c.Field)], description);
    }

    /// <summary>The kind.</summary>
    public ObjectKindInfo Info { get; }

    /// <summary>The layer's schema.</summary>
    public ExportLayerSchema Schema { get; }

    /// <summary>The layer names: the object kinds' table names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ObjectKindInfo.All.Select(i => i.TableName)];

    /// <summary>Finds the kind whose table name is <paramref name="layer"/>.</summary>
    /// <param name="layer">The layer name, compared without regard to case.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether there is such a layer.</returns>
    public static bool TryFindKind(string layer, out ObjectKind kind)
    {
        var info = ObjectKindInfo.All.FirstOrDefault(i => string.Equals(i.TableName, layer, StringComparison.OrdinalIgnoreCase));
        kind = info?.Kind ?? default;
        return info is not null;
    }

    /// <summary>The row of an object.</summary>
    /// <param name="value">An object of the layer's kind.</param>
    /// <returns>The feature: generalised geometry and no personal fields when the options say public.</returns>
    public ExportFeature ToFeature(DomainObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var json = JsonDocument.Parse(DomainJson.Serialize(value));
        var values = new object?[_columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = _columns[i];
            values[i] = column.Role switch
            {
                ColumnRole.Area => value.Geometry is { IsEmpty: false } g ? _options.Measure.AreaSquareMetres(g) : null,
                ColumnRole.Label => Label(column, Find(json.RootElement, column.Path)),
                _ => ValueOf(column.Field.Type, Find(json.RootElement, column.Path)),
            };
        }

        var geometry = _options.IsPublic ? Generalise(value) : value.Geometry;
        return new ExportFeature(geometry, values);
    }

    /// <summary>
    /// The object a row holds, for reading an exported file back. Label and computed columns are ignored; a one-part
    /// multipolygon (as GeoPackage layers hold polygons) comes back as a polygon.
    /// </summary>
    /// <param name="feature">The row, with values in the order of <see cref="Schema"/>.</param>
    /// <returns>The object, with its geometry in EPSG:4326.</returns>
    /// <exception cref="JsonException">The row does not hold a valid object of the kind.</exception>
    public DomainObject ToObject(ExportFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var root = new JsonObject();
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = _columns[i];
            if (column.Role != ColumnRole.Value || feature.Values[i] is not { } value)
            {
                continue;
            }

            var parent = root;
            foreach (var name in column.Path.SkipLast(1))
            {
                if (parent[name] is not JsonObject child)
                {
                    child = [];
                    parent[name] = child;
                }

                parent = child;
            }

            parent[column.Path[^1]] = value switch
            {
                string text when column.Field.Type == ExportFieldType.Json => JsonNode.Parse(text),
                string text => text,
                long number => number,
                double number => number,
                bool flag => flag,
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => throw new JsonException($"Column {column.Field.Name} holds a {value.GetType().Name}."),
            };
        }

        var geometry = feature.Geometry is MultiPolygon { NumGeometries: 1 } multi ? multi.GetGeometryN(0) : feature.Geometry;
        return DomainJson.Deserialize(Info.Kind, root.ToJsonString()) with { Geometry = geometry };
    }

    private static IEnumerable<Column> ColumnsOf(ObjectProperty property, string? labelLanguage)
    {
        var type = property.ValueType;
        var name = property.Name switch
        {
            nameof(DomainObject.Id) => "object_id",
            _ => property.ColumnName,
        };
        string[] path = [property.JsonName];
        if (property.IsList)
        {
            yield return new Column(new ExportField(name, ExportFieldType.Json), path, ColumnRole.Value, property.CodeTable);
        }
        else if (type == typeof(LocalizedText))
        {
            foreach (var language in (string[])["en", "az", "ru"])
            {
                yield return new Column(new ExportField($"{name}_{language}", ExportFieldType.Text), [property.JsonName, language], ColumnRole.Value, null);
            }
        }
        else if (type == typeof(LonLat))
        {
            yield return new Column(new ExportField($"{name}_lon", ExportFieldType.Real), [property.JsonName, "longitude"], ColumnRole.Value, null);
            yield return new Column(new ExportField($"{name}_lat", ExportFieldType.Real), [property.JsonName, "latitude"], ColumnRole.Value, null);
        }
        else
        {
            var fieldType =
                type == typeof(DateOnly) ? ExportFieldType.Date
                : type == typeof(string) || type == typeof(Guid) || type == typeof(DateTimeOffset) || type.IsEnum ? ExportFieldType.Text
                : type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ? ExportFieldType.WholeNumber
                : type == typeof(bool) ? ExportFieldType.Boolean
                : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? ExportFieldType.Real
                : ExportFieldType.Json;
            var width = type == typeof(Guid) ? 36 : type.IsEnum ? 32 : property.CodeTable is not null ? 64 : 0;
            yield return new Column(new ExportField(name, fieldType, width), path, ColumnRole.Value, property.CodeTable);
        }

        if (labelLanguage is not null && property.CodeTable is not null)
        {
            yield return new Column(new ExportField($"{name}_label", ExportFieldType.Text), path, ColumnRole.Label, property.CodeTable)
            {
                Language = labelLanguage,
            };
        }
    }

    private static JsonElement? Find(JsonElement root, IReadOnlyList<string> path)
    {
        var element = root;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.Null ? null : element;
    }

    private static object? ValueOf(ExportFieldType type, JsonElement? found)
    {
        if (found is not { } element)
        {
            return null;
        }

        return type switch
        {
            ExportFieldType.Text => element.GetString(),
            ExportFieldType.WholeNumber => element.GetInt64(),
            ExportFieldType.Real => element.GetDouble(),
            ExportFieldType.Boolean => element.GetBoolean(),
            ExportFieldType.Date => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => element.GetRawText(),
        };
    }

    private string? Label(Column column, JsonElement? found)
    {
        if (found is not { } element || column.CodeTable is null)
        {
            return null;
        }

        IEnumerable<string> codes = element.ValueKind == JsonValueKind.Array
            ? [.. element.EnumerateArray().Select(e => e.GetString()!)]
            : [element.GetString()!];
        return string.Join("; ", codes.Select(code => _options.Codes.LabelOf(column.CodeTable, code)?.In(column.Language!) ?? code));
    }

    // Uncleared hazards become the grid cells their bounding box touches; the points that would reveal where they are
    // (evidence, activities, devices) move to the centre of their cell.
    private static Geometry? Generalise(DomainObject value)
    {
        if (value.Geometry is not { IsEmpty: false } geometry)
        {
            return value.Geometry;
        }

        switch (value)
        {
            case HazardousArea { Status: HazardStatus.Open or HazardStatus.InProgress }:
                var box = geometry.EnvelopeInternal;
                var cells = new Envelope(
                    Math.Floor(box.MinX / PublicGridDegrees) * PublicGridDegrees,
                    Math.Ceiling(box.MaxX / PublicGridDegrees) * PublicGridDegrees,
                    Math.Floor(box.MinY / PublicGridDegrees) * PublicGridDegrees,
                    Math.Ceiling(box.MaxY / PublicGridDegrees) * PublicGridDegrees);
                return geometry.Factory.ToGeometry(cells);
            case Evidence or Activity or DeviceFinding:
                var point = geometry.Centroid;
                return geometry.Factory.CreatePoint(new Coordinate(
                    (Math.Floor(point.X / PublicGridDegrees) + 0.5) * PublicGridDegrees,
                    (Math.Floor(point.Y / PublicGridDegrees) + 0.5) * PublicGridDegrees));
            default:
                return geometry;
        }
    }

    private enum ColumnRole
    {
        Value,
        Label,
        Area,
    }

    private sealed record Column(ExportField Field, IReadOnlyList<string> Path, ColumnRole Role, string? CodeTable)
    {
        public string? Language { get; init; }
    }
}
