using System.Globalization;
using Homeward.Domain;
using Homeward.Geo;
using Homeward.Geo.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using SQLitePCL;

namespace Homeward.Exchange.Export;

/// <summary>
/// Writes a layer as a new GeoPackage 1.3 file that QGIS and GDAL open: a feature table (EPSG:4326, geometry column
/// <c>geom</c>, one geometry type, polygons promoted to multipolygons) with an R-tree spatial index and its
/// triggers, or an attributes table for layers without geometry. Dates are <c>DATE</c> columns, booleans
/// <c>BOOLEAN</c>. Everything is written in one transaction. Not thread-safe.
/// </summary>
public sealed class GeoPackageLayerWriter : ILayerWriter
{
    private const int Srid = GeometryServices.StorageSrid;
    private const string GeometryColumn = "geom";

    private readonly ExportLayerSchema _schema;
    private readonly string _path;
    private readonly string _geometryType;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly sqlite3_stmt _insert;
    private readonly List<(long Id, double MinX, double MaxX, double MinY, double MaxY)> _boxes = [];
    private byte[] _blob = new byte[1 << 12];
    private readonly Envelope _extent = new();
    private bool _completed;

    /// <summary>Creates the file, its GeoPackage tables and the layer's table.</summary>
    /// <param name="path">The file, replaced if it exists.</param>
    /// <param name="schema">The layer.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public GeoPackageLayerWriter(string path, ExportLayerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _path = path;
        _geometryType = schema.Shape switch
        {
            GeometryShape.Point => "POINT",
            GeometryShape.Polygonal => "MULTIPOLYGON",
            GeometryShape.Any => "GEOMETRY",
            _ => string.Empty,
        };
        File.Delete(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            _connection.Open();
            // A new export file: nothing to protect if the process dies, the file is incomplete either way.
            Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096; PRAGMA cache_size = -65536;");
            _transaction = _connection.BeginTransaction();
            CreateTables();
            var columns = schema.Fields.Select(f => Quote(f.Name)).ToList();
            var values = schema.Fields.Select(_ => "?").ToList();
            if (IsSpatial)
            {
                columns.Insert(0, GeometryColumn);
                values.Insert(0, "?");
            }

            // The rows go through SQLite's own API: Microsoft.Data.Sqlite looks every parameter up by name on every row.
            columns.Insert(0, "fid");
            values.Insert(0, "?");
            _insert = Prepare($"INSERT INTO {Quote(schema.Name)} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", values)})");
        }
        catch (SqliteException ex)
        {
            _connection.Dispose();
            File.Delete(path);
            throw new IOException($"{path} could not be written: {ex.Message}", ex);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Files => [_path];

    /// <inheritdoc/>
    public long Count { get; private set; }

    private bool IsSpatial => _geometryType.Length > 0;

    private string RtreeTable => $"rtree_{_schema.Name}_{GeometryColumn}";

    /// <inheritdoc/>
    public void Write(ExportFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var fid = Count + 1;
        raw.sqlite3_bind_int64(_insert, 1, fid);
        Geometry? geometry = null;
        var parameter = 2;
        if (IsSpatial)
        {
            geometry = feature.Geometry is { IsEmpty: false } g ? ForLayer(g) : null;
            if (geometry is null)
            {
                raw.sqlite3_bind_null(_insert, parameter);
            }
            else
            {
                var length = GeoPackageGeometryBlob.GetLength(geometry);
                if (_blob.Length < length)
                {
                    _blob = new byte[Math.Max(length, _blob.Length * 2)];
                }

                length = GeoPackageGeometryBlob.Write(geometry, Srid, _blob);
                raw.sqlite3_bind_blob(_insert, parameter, _blob.AsSpan(0, length));
            }

            parameter++;
        }

        for (var i = 0; i < _schema.Fields.Count; i++, parameter++)
        {
            _ = feature.Values[i] switch
            {
                null => raw.sqlite3_bind_null(_insert, parameter),
                string text => raw.sqlite3_bind_text(_insert, parameter, text),
                long number => raw.sqlite3_bind_int64(_insert, parameter, number),
                double number => raw.sqlite3_bind_double(_insert, parameter, number),
                bool flag => raw.sqlite3_bind_int64(_insert, parameter, flag ? 1 : 0),
                DateOnly day => raw.sqlite3_bind_text(_insert, parameter, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                var value => throw new ArgumentException($"A {value.GetType().Name} value cannot be exported.", nameof(feature)),
            };
        }

        Step(_insert);
        if (geometry is not null)
        {
            var envelope = geometry.EnvelopeInternal;
            _extent.ExpandToInclude(envelope);
            _boxes.Add((fid, envelope.MinX, envelope.MaxX, envelope.MinY, envelope.MaxY));
        }

        Count++;
    }

    /// <inheritdoc/>
    public void Complete()
    {
        if (IsSpatial)
        {
            using var extent = Command("UPDATE gpkg_contents SET min_x = @minx, min_y = @miny, max_x = @maxx, max_y = @maxy WHERE table_name = @t");
            extent.Parameters.AddWithValue("@minx", _extent.IsNull ? DBNull.Value : _extent.MinX);
            extent.Parameters.AddWithValue("@miny", _extent.IsNull ? DBNull.Value : _extent.MinY);
            extent.Parameters.AddWithValue("@maxx", _extent.IsNull ? DBNull.Value : _extent.MaxX);
            extent.Parameters.AddWithValue("@maxy", _extent.IsNull ? DBNull.Value : _extent.MaxY);
            extent.Parameters.AddWithValue("@t", _schema.Name);
            extent.ExecuteNonQuery();

            FillIndex();

            // The triggers keep the index right when QGIS or GDAL edit the layer later; they are created after the
            // bulk load, which filled the index directly.
            Execute(RtreeTriggers());
        }

        _transaction.Commit();
        _completed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _insert?.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
        if (!_completed)
        {
            File.Delete(_path);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // A GeoPackage layer holds one geometry type: a polygon goes into a MULTIPOLYGON layer as a one-part multipolygon.
    // A GEOMETRY layer takes each geometry as it is.
    private Geometry ForLayer(Geometry geometry) =>
        _schema.Shape == GeometryShape.Polygonal && geometry is Polygon polygon ? geometry.Factory.CreateMultiPolygon([polygon]) : geometry;

    // A text column with a known width is TEXT(n), which GDAL reads as a string of that width (a shapefile's field width).
    private static string SqlType(ExportField field) => field.Type switch
    {
        ExportFieldType.Text when field.MaxLength > 0 => string.Create(CultureInfo.InvariantCulture, $"TEXT({field.MaxLength})"),
        ExportFieldType.WholeNumber => "INTEGER",
        ExportFieldType.Real => "REAL",
        ExportFieldType.Boolean => "BOOLEAN",
        ExportFieldType.Date => "DATE",
        _ => "TEXT",
    };

    private void CreateTables()
    {
        Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {0x47504B47}; PRAGMA user_version = 10300;"));
        Execute("""
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
            CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
              scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
            INSERT INTO gpkg_spatial_ref_sys VALUES
              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
              ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]',
               'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
            """);
        var definitions = string.Concat(_schema.Fields.Select(f => $", {Quote(f.Name)} {SqlType(f)}"));
        var geometry = IsSpatial ? $", {GeometryColumn} {_geometryType}" : string.Empty;
        Execute($"CREATE TABLE {Quote(_schema.Name)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL{geometry}{definitions})");
        using var register = Command(IsSpatial
            ? """
              INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (@t, 'features', @t, @d, 4326);
              INSERT INTO gpkg_geometry_columns VALUES (@t, 'geom', @type, 4326, 0, 0);
              INSERT INTO gpkg_extensions VALUES (@t, 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
              """
            : "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (@t, 'attributes', @t, @d)");
        register.Parameters.AddWithValue("@t", _schema.Name);
        register.Parameters.AddWithValue("@d", _schema.Description);
        register.Parameters.AddWithValue("@type", _geometryType);
        register.ExecuteNonQuery();
        if (IsSpatial)
        {
            Execute($"CREATE VIRTUAL TABLE {Quote(RtreeTable)} USING rtree(id, minx, maxx, miny, maxy)");
        }
    }

    // GeoPackage 1.3 Annex F.3, exactly: insert, update1 to update4, delete.
    private string RtreeTriggers() => """
        CREATE TRIGGER rtree_<t>_geom_insert AFTER INSERT ON "<t>" WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_<t>_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
        CREATE TRIGGER rtree_<t>_geom_update1 AFTER UPDATE OF geom ON "<t>" WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO rtree_<t>_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
        CREATE TRIGGER rtree_<t>_geom_update2 AFTER UPDATE OF geom ON "<t>" WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_<t>_geom WHERE id = OLD.fid; END;
        CREATE TRIGGER rtree_<t>_geom_update3 AFTER UPDATE ON "<t>" WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_<t>_geom WHERE id = OLD.fid;
          INSERT OR REPLACE INTO rtree_<t>_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
        CREATE TRIGGER rtree_<t>_geom_update4 AFTER UPDATE ON "<t>" WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM rtree_<t>_geom WHERE id IN (OLD.fid, NEW.fid); END;
        CREATE TRIGGER rtree_<t>_geom_delete AFTER DELETE ON "<t>" WHEN old.geom NOT NULL
        BEGIN DELETE FROM rtree_<t>_geom WHERE id = OLD.fid; END;
        """.Replace("<t>", _schema.Name, StringComparison.Ordinal);

    // The R-tree is bulk-loaded once all rows are in (RtreeBulkLoad): inserting box after box through the rtree module
    // took half the time of the whole file.
    private void FillIndex()
    {
        var (nodes, parents, leaves) = RtreeBulkLoad.Build(_boxes);
        Execute($"DELETE FROM {Quote(RtreeTable + "_node")}; DELETE FROM {Quote(RtreeTable + "_parent")}; DELETE FROM {Quote(RtreeTable + "_rowid")};");
        using (var node = Prepare($"INSERT INTO {Quote(RtreeTable + "_node")} (nodeno, data) VALUES (?, ?)"))
        {
            foreach (var (number, data) in nodes)
            {
                raw.sqlite3_bind_int64(node, 1, number);
                raw.sqlite3_bind_blob(node, 2, data);
                Step(node);
            }
        }

        using (var parent = Prepare($"INSERT INTO {Quote(RtreeTable + "_parent")} (nodeno, parentnode) VALUES (?, ?)"))
        {
            foreach (var (number, of) in parents)
            {
                raw.sqlite3_bind_int64(parent, 1, number);
                raw.sqlite3_bind_int64(parent, 2, of);
                Step(parent);
            }
        }

        using var rowid = Prepare($"INSERT INTO {Quote(RtreeTable + "_rowid")} (rowid, nodeno) VALUES (?, ?)");
        foreach (var (id, leaf) in leaves)
        {
            raw.sqlite3_bind_int64(rowid, 1, id);
            raw.sqlite3_bind_int64(rowid, 2, leaf);
            Step(rowid);
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        if (raw.sqlite3_prepare_v2(_connection.Handle, sql, out var statement) != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), raw.sqlite3_errcode(_connection.Handle));
        }

        return statement;
    }

    private void Step(sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            throw new IOException($"{_path} could not be written: {raw.sqlite3_errmsg(_connection.Handle).utf8_to_string()}");
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        command.ExecuteNonQuery();
    }
}
