using System.Globalization;
using System.Text;
using Homeward.Domain;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Export;

/// <summary>
/// Writes a layer as an Esri Shapefile (with <see cref="ShpWriter"/> and <see cref="DbfWriter"/>): <c>.shp</c>, <c>.shx</c>, <c>.dbf</c> (UTF-8, declared in <c>.cpg</c>) and
/// <c>.prj</c> (EPSG:4326). dBASE field names are at most 10 characters, so longer column names are shortened and made
/// unique, and <c>NAME.fields.csv</c> beside the files gives each short name's full column name. A shapefile holds one
/// geometry type: when a layer mixes them, each type goes to its own shapefile (<c>NAME_point</c>, <c>NAME_line</c>,
/// <c>NAME_polygon</c>). Dates are dBASE dates, booleans logical fields, JSON columns text. Not thread-safe.
/// </summary>
public sealed class ShapefileLayerWriter : ILayerWriter
{
    /// <summary>The ESRI WKT of EPSG:4326 that ArcGIS and GDAL write to <c>.prj</c>.</summary>
    public const string Wgs84Prj =
        "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]," +
        "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private const int NullShape = 0;

    private static readonly string[] Extensions = [".shp", ".shx", ".dbf", ".prj", ".cpg"];

    private readonly ExportLayerSchema _schema;
    private readonly string _folder;
    private readonly string _baseName;
    private readonly Dictionary<int, (ShpWriter Shapes, DbfWriter Table)> _writers = [];
    private readonly List<string> _files = [];
    private bool _completed;

    /// <summary>Prepares the layer; the files are created with the first feature of each geometry type.</summary>
    /// <param name="path">The <c>.shp</c> file (its folder and name without extension are used).</param>
    /// <param name="schema">The layer.</param>
    public ShapefileLayerWriter(string path, ExportLayerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        _baseName = Path.GetFileNameWithoutExtension(path);
        FieldNames = ShortNames(schema.Fields.Select(f => f.Name).ToList());
    }

    /// <summary>The dBASE field name of each column, in the order of the schema's fields.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Files => _files;

    /// <inheritdoc/>
    public long Count { get; private set; }

    /// <summary>Shortens column names to unique dBASE names of at most 10 characters.</summary>
    /// <param name="names">The column names.</param>
    /// <returns>The short names, in the same order; names of 10 characters or fewer are kept.</returns>
    public static IReadOnlyList<string> ShortNames(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var used = new HashSet<string>(names.Where(n => n.Length <= 10), StringComparer.OrdinalIgnoreCase);
        var result = new string[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Length <= 10)
            {
                result[i] = name;
                continue;
            }

            var candidate = name[..10];
            for (var n = 1; !used.Add(candidate); n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $"_{n}");
                candidate = name[..(10 - suffix.Length)] + suffix;
            }

            result[i] = candidate;
        }

        return result;
    }

    /// <inheritdoc/>
    public void Write(ExportFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var geometry = feature.Geometry is { IsEmpty: false } g ? g : null;
        var (shapes, table) = WriterFor(ShapeTypeOf(geometry));
        shapes.Write(geometry);
        table.Write(feature.Values);
        Count++;
    }

    /// <inheritdoc/>
    public void Complete()
    {
        if (_writers.Count == 0)
        {
            // An empty layer is still a shapefile, of the layer's own geometry type.
            _ = WriterFor(NullShape);
        }

        foreach (var (shapes, table) in _writers.Values)
        {
            shapes.Complete();
            table.Complete();
        }

        var mapping = Path.Combine(_folder, _baseName + ".fields.csv");
        var text = new StringBuilder("dbf_field,column,type\r\n");
        for (var i = 0; i < _schema.Fields.Count; i++)
        {
            text.Append(FieldNames[i]).Append(',').Append(_schema.Fields[i].Name).Append(',')
                .Append(_schema.Fields[i].Type.ToString().ToLowerInvariant()).Append("\r\n");
        }

        File.WriteAllText(mapping, text.ToString(), new UTF8Encoding(false));
        _files.Add(mapping);
        _completed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var (shapes, table) in _writers.Values)
        {
            shapes.Dispose();
            table.Dispose();
        }

        if (!_completed)
        {
            foreach (var file in _files)
            {
                File.Delete(file);
            }
        }
    }

    private static int ShapeTypeOf(Geometry? geometry) => geometry switch
    {
        null => NullShape,
        Point => ShpWriter.PointType,
        MultiPoint => ShpWriter.MultiPointType,
        LineString or MultiLineString => ShpWriter.PolyLineType,
        Polygon or MultiPolygon => ShpWriter.PolygonType,
        _ => throw new ArgumentException($"A {geometry.GeometryType} cannot be written to a shapefile.", nameof(geometry)),
    };

    private static string Suffix(int type) => type switch
    {
        ShpWriter.PointType or ShpWriter.MultiPointType => "point",
        ShpWriter.PolyLineType => "line",
        _ => "polygon",
    };

    private (ShpWriter Shapes, DbfWriter Table) WriterFor(int type)
    {
        if (type == NullShape)
        {
            // A feature without geometry joins the layer's own shapefile as a null shape.
            type = _writers.Count > 0 ? _writers.Keys.First()
                : _schema.Shape == GeometryShape.Polygonal ? ShpWriter.PolygonType : ShpWriter.PointType;
        }

        if (_writers.TryGetValue(type, out var writer))
        {
            return writer;
        }

        var name = _writers.Count == 0 && !Mixes(type) ? _baseName : $"{_baseName}_{Suffix(type)}";
        var path = Path.Combine(_folder, name + ".shp");
        _files.AddRange(Extensions.Select(e => Path.ChangeExtension(path, e)));
        File.WriteAllText(Path.ChangeExtension(path, ".prj"), Wgs84Prj, new UTF8Encoding(false));
        File.WriteAllText(Path.ChangeExtension(path, ".cpg"), "UTF-8", new UTF8Encoding(false));
        writer = (new ShpWriter(path, type),
            new DbfWriter(Path.ChangeExtension(path, ".dbf"), FieldNames, _schema.Fields, DateOnly.FromDateTime(DateTime.UtcNow)));
        _writers[type] = writer;
        return writer;
    }

    // The layer's declared shape goes to NAME.shp; any other geometry type found goes to NAME_type.shp.
    private bool Mixes(int type) => _schema.Shape switch
    {
        GeometryShape.Point => type != ShpWriter.PointType,
        GeometryShape.Polygonal => type != ShpWriter.PolygonType,
        _ => false,
    };
}
