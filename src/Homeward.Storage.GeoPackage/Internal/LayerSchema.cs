using System.Collections.Frozen;
using System.Text;
using Homeward.Domain;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// The current-state table of one object kind: a GeoPackage feature table (EPSG:4326, geometry column
/// <c>geom</c>, R-tree index) for kinds with geometry, an attributes table for the others. Thread-safe.
/// </summary>
internal sealed class LayerSchema
{
    /// <summary>The geometry column of every feature table.</summary>
    public const string GeometryColumn = "geom";

    private static readonly FrozenDictionary<ObjectKind, LayerSchema> ByKind =
        ObjectKindInfo.All.ToFrozenDictionary(i => i.Kind, i => new LayerSchema(i));

    private LayerSchema(ObjectKindInfo info)
    {
        Info = info;
        Columns = [.. ObjectSchema.Of(info.Kind).Properties
            .Where(p => p.Name is not nameof(DomainObject.Id) and not nameof(DomainObject.Code))
            .SelectMany(ColumnsOf)];
        var names = new List<string>();
        var values = new List<string>();
        if (IsSpatial)
        {
            names.Add(GeometryColumn);
            values.Add("@geom");
        }

        names.AddRange(["object_id", "code", "version"]);
        values.AddRange(["@object_id", "@code", "@version"]);
        names.AddRange(Columns.Select(c => c.Name));
        values.AddRange(Columns.Select((_, i) => $"@p{i}"));
        InsertSql = $"INSERT INTO {Quote(Table)} ({string.Join(", ", names.Select(Quote))}) VALUES ({string.Join(", ", values)})";
        UpdateSql = $"UPDATE {Quote(Table)} SET " +
            string.Join(", ", names.Zip(values).Where(p => p.First != "object_id").Select(p => $"{Quote(p.First)} = {p.Second}")) +
            " WHERE object_id = @object_id";
    }

    /// <summary>Every kind's table, in the order of <see cref="ObjectKind"/>.</summary>
    public static IReadOnlyList<LayerSchema> All { get; } = [.. ObjectKindInfo.All.Select(i => ByKind[i.Kind])];

    /// <summary>The kind.</summary>
    public ObjectKindInfo Info { get; }

    /// <summary>The table name.</summary>
    public string Table => Info.TableName;

    /// <summary>Whether the table is a feature table with a geometry column.</summary>
    public bool IsSpatial => Info.Shape != GeometryShape.None;

    /// <summary>
    /// The GeoPackage geometry type of the layer: <c>POINT</c>, <c>MULTIPOLYGON</c> (polygons are stored as multipolygons),
    /// or <c>GEOMETRY</c> for kinds that take points, lines and polygons alike.
    /// </summary>
    public string? GeometryTypeName => Info.Shape switch
    {
        GeometryShape.Point => "POINT",
        GeometryShape.Polygonal => "MULTIPOLYGON",
        GeometryShape.Any => "GEOMETRY",
        _ => null,
    };

    /// <summary>The name of the R-tree index table.</summary>
    public string RtreeTable => $"rtree_{Table}_{GeometryColumn}";

    /// <summary>The attribute columns after <c>fid</c>, <c>geom</c>, <c>object_id</c>, <c>code</c> and <c>version</c>.</summary>
    public IReadOnlyList<LayerColumn> Columns { get; }

    /// <summary>
    /// The INSERT of a row; parameters <c>@geom</c> (feature tables only), <c>@object_id</c>, <c>@code</c>, <c>@version</c>,
    /// then <c>@p0</c>, <c>@p1</c>… in the order of <see cref="Columns"/>.
    /// </summary>
    public string InsertSql { get; }

    /// <summary>The UPDATE of the row of <c>@object_id</c>, with the parameters of <see cref="InsertSql"/>.</summary>
    public string UpdateSql { get; }

    /// <summary>The DELETE of the row of <c>@object_id</c>.</summary>
    public string DeleteSql => $"DELETE FROM {Quote(Table)} WHERE object_id = @object_id";

    /// <summary>A description for <c>gpkg_contents</c>.</summary>
    public string Description => $"Homeward {Info.JsonName} objects, current state (the history is in object_versions)";

    /// <summary>The schema of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its table.</returns>
    public static LayerSchema Of(ObjectKind kind) => ByKind[kind];

    /// <summary>Quotes an identifier the code built itself.</summary>
    /// <param name="identifier">The identifier.</param>
    /// <returns>The quoted identifier.</returns>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The CREATE TABLE statement.</summary>
    /// <returns>The SQL.</returns>
    public string CreateTableSql()
    {
        var sql = new StringBuilder();
        sql.Append("CREATE TABLE ").Append(Quote(Table)).Append(" (\n  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
        if (IsSpatial)
        {
            sql.Append(",\n  ").Append(GeometryColumn).Append(' ').Append(GeometryTypeName);
        }

        sql.Append(",\n  object_id TEXT NOT NULL UNIQUE,\n  code TEXT NOT NULL UNIQUE,\n  version INTEGER NOT NULL");
        foreach (var column in Columns)
        {
            sql.Append(",\n  ").Append(AddColumnDefinition(column));
        }

        return sql.Append(')').ToString();
    }

    /// <summary>The definition of a column as CREATE TABLE and ALTER TABLE … ADD COLUMN take it.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The definition.</returns>
    public static string AddColumnDefinition(LayerColumn column) => $"{Quote(column.Name)} {column.SqlType}";

    /// <summary>
    /// The R-tree virtual table and its six triggers, exactly as GeoPackage 1.3 Annex F.3 gives them
    /// (insert, update1 to update4, delete).
    /// </summary>
    /// <returns>The SQL statements, separated by semicolons.</returns>
    public string CreateSpatialIndexSql()
    {
        const string template = """
            CREATE VIRTUAL TABLE rtree_<t>_<c> USING rtree(id, minx, maxx, miny, maxy);

            CREATE TRIGGER rtree_<t>_<c>_insert AFTER INSERT ON <t>
              WHEN (new.<c> NOT NULL AND NOT ST_IsEmpty(NEW.<c>))
            BEGIN
              INSERT OR REPLACE INTO rtree_<t>_<c> VALUES (
                NEW.<i>,
                ST_MinX(NEW.<c>), ST_MaxX(NEW.<c>),
                ST_MinY(NEW.<c>), ST_MaxY(NEW.<c>)
              );
            END;

            CREATE TRIGGER rtree_<t>_<c>_update1 AFTER UPDATE OF <c> ON <t>
              WHEN OLD.<i> = NEW.<i> AND
                   (NEW.<c> NOTNULL AND NOT ST_IsEmpty(NEW.<c>))
            BEGIN
              INSERT OR REPLACE INTO rtree_<t>_<c> VALUES (
                NEW.<i>,
                ST_MinX(NEW.<c>), ST_MaxX(NEW.<c>),
                ST_MinY(NEW.<c>), ST_MaxY(NEW.<c>)
              );
            END;

            CREATE TRIGGER rtree_<t>_<c>_update2 AFTER UPDATE OF <c> ON <t>
              WHEN OLD.<i> = NEW.<i> AND
                   (NEW.<c> ISNULL OR ST_IsEmpty(NEW.<c>))
            BEGIN
              DELETE FROM rtree_<t>_<c> WHERE id = OLD.<i>;
            END;

            CREATE TRIGGER rtree_<t>_<c>_update3 AFTER UPDATE ON <t>
              WHEN OLD.<i> != NEW.<i> AND
                   (NEW.<c> NOTNULL AND NOT ST_IsEmpty(NEW.<c>))
            BEGIN
              DELETE FROM rtree_<t>_<c> WHERE id = OLD.<i>;
              INSERT OR REPLACE INTO rtree_<t>_<c> VALUES (
                NEW.<i>,
                ST_MinX(NEW.<c>), ST_MaxX(NEW.<c>),
                ST_MinY(NEW.<c>), ST_MaxY(NEW.<c>)
              );
            END;

            CREATE TRIGGER rtree_<t>_<c>_update4 AFTER UPDATE ON <t>
              WHEN OLD.<i> != NEW.<i> AND
                   (NEW.<c> ISNULL OR ST_IsEmpty(NEW.<c>))
            BEGIN
              DELETE FROM rtree_<t>_<c> WHERE id IN (OLD.<i>, NEW.<i>);
            END;

            CREATE TRIGGER rtree_<t>_<c>_delete AFTER DELETE ON <t>
              WHEN old.<c> NOT NULL
            BEGIN
              DELETE FROM rtree_<t>_<c> WHERE id = OLD.<i>;
            END;
            """;
        return template
            .Replace("<t>", Table, StringComparison.Ordinal)
            .Replace("<c>", GeometryColumn, StringComparison.Ordinal)
            .Replace("<i>", "fid", StringComparison.Ordinal);
    }

    private static IEnumerable<LayerColumn> ColumnsOf(ObjectProperty property)
    {
        var type = property.ValueType;
        string[] path = [property.JsonName];
        if (property.IsList)
        {
            yield return new LayerColumn(property.ColumnName, "TEXT", path, LayerColumnShape.Json);
        }
        else if (type == typeof(LocalizedText))
        {
            // Flattened so that GIS users see the names: name_en, name_az, name_ru.
            foreach (var language in (string[])["en", "az", "ru"])
            {
                yield return new LayerColumn(
                    $"{property.ColumnName}_{language}", "TEXT", [property.JsonName, language], LayerColumnShape.Text);
            }
        }
        else if (type == typeof(LonLat))
        {
            yield return new LayerColumn($"{property.ColumnName}_lon", "REAL", [property.JsonName, "longitude"], LayerColumnShape.Real);
            yield return new LayerColumn($"{property.ColumnName}_lat", "REAL", [property.JsonName, "latitude"], LayerColumnShape.Real);
        }
        else if (type == typeof(string) || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(DateTimeOffset)
            || type.IsEnum)
        {
            yield return new LayerColumn(property.ColumnName, "TEXT", path, LayerColumnShape.Text);
        }
        else if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(bool))
        {
            yield return new LayerColumn(property.ColumnName, "INTEGER", path, LayerColumnShape.Integer);
        }
        else if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            yield return new LayerColumn(property.ColumnName, "REAL", path, LayerColumnShape.Real);
        }
        else
        {
            // Nested records (Beneficiaries) keep their JSON form.
            yield return new LayerColumn(property.ColumnName, "TEXT", path, LayerColumnShape.Json);
        }
    }
}
