using System.Globalization;
using System.Text;
using Homeward.Domain;
using Homeward.Geo;
using Homeward.Geo.GeoPackage;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Homeward.Exchange.Export;

/// <summary>
/// Reads a feature or attributes table of a GeoPackage, streamed in <c>fid</c> order: its schema from the table's
/// columns, and its rows typed by a schema. Geometry is read as EPSG:4326.
/// </summary>
public static class GeoPackageLayerReader
{
    /// <summary>The schema of a table: every column but <c>fid</c> and the geometry, typed by its declared type.</summary>
    /// <param name="path">The GeoPackage.</param>
    /// <param name="table">The table.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="FormatException">There is no such table.</exception>
    public static ExportLayerSchema SchemaOf(string path, string table)
    {
        using var connection = Open(path);
        using var geometry = connection.CreateCommand();
        geometry.CommandText = "SELECT column_name, geometry_type_name FROM gpkg_geometry_columns WHERE table_name = @t";
        geometry.Parameters.AddWithValue("@t", table);
        string? geometryColumn = null;
        var shape = GeometryShape.None;
        using (var reader = geometry.ExecuteReader())
        {
            if (reader.Read())
            {
                geometryColumn = reader.GetString(0);
                shape = reader.GetString(1).ToUpperInvariant() switch
                {
                    "POINT" or "MULTIPOINT" => GeometryShape.Point,
                    "POLYGON" or "MULTIPOLYGON" => GeometryShape.Polygonal,
                    _ => GeometryShape.Any,
                };
            }
        }

        using var info = connection.CreateCommand();
        info.CommandText = $"SELECT name, type, pk FROM pragma_table_info(@t)";
        info.Parameters.AddWithValue("@t", table);
        var fields = new List<ExportField>();
        using (var reader = info.ExecuteReader())
        {
            while (reader.Read())
            {
                var name = reader.GetString(0);
                if (reader.GetInt32(2) == 1 || name == geometryColumn)
                {
                    continue;
                }

                var declared = reader.GetString(1).ToUpperInvariant();
                var width = declared.StartsWith("TEXT(", StringComparison.Ordinal)
                    && int.TryParse(declared.AsSpan(5, declared.Length - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                fields.Add(new ExportField(name, declared switch
                {
                    "INTEGER" or "INT" or "MEDIUMINT" or "SMALLINT" or "TINYINT" => ExportFieldType.WholeNumber,
                    "REAL" or "DOUBLE" or "FLOAT" => ExportFieldType.Real,
                    "BOOLEAN" => ExportFieldType.Boolean,
                    "DATE" => ExportFieldType.Date,
                    _ => ExportFieldType.Text,
                }, width));
            }
        }

        if (fields.Count == 0 && geometryColumn is null)
        {
            throw new FormatException($"{path} has no table {table}.");
        }

        return new ExportLayerSchema(table, shape, fields, table);
    }

    /// <summary>Reads the rows of a table.</summary>
    /// <param name="path">The GeoPackage.</param>
    /// <param name="table">The table.</param>
    /// <param name="schema">The columns to read, by name; a column the table lacks reads as null.</param>
    /// <returns>The rows, streamed.</returns>
    /// <exception cref="FormatException">A geometry is not a standard GeoPackage geometry.</exception>
    public static IEnumerable<ExportFeature> Read(string path, string table, ExportLayerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var stored = SchemaOf(path, table);
        using var connection = Open(path);
        var present = schema.Fields.Select(f => stored.IndexOf(f.Name) >= 0).ToArray();
        var columns = schema.Fields.Where((_, i) => present[i]).Select(f => Quote(f.Name)).ToList();
        var hasGeometry = stored.Shape != GeometryShape.None;
        string? geometryColumn = null;
        if (hasGeometry)
        {
            using var find = connection.CreateCommand();
            find.CommandText = "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = @t";
            find.Parameters.AddWithValue("@t", table);
            geometryColumn = (string)find.ExecuteScalar()!;
        }

        var sql = $"SELECT {(geometryColumn is null ? "NULL" : Quote(geometryColumn))}" +
            $"{string.Concat(columns.Select(c => ", " + c))} FROM {Quote(table)} ORDER BY fid";

        // Rows are read through SQLite's own API, without Microsoft.Data.Sqlite's per-value boxing and type checks.
        if (raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement) != raw.SQLITE_OK)
        {
            throw new FormatException($"{path}: {raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}");
        }

        using (statement)
        {
            while (raw.sqlite3_step(statement) == raw.SQLITE_ROW)
            {
                var geometry = raw.sqlite3_column_type(statement, 0) == raw.SQLITE_NULL
                    ? null
                    : GeoPackageGeometryBlob.Read(raw.sqlite3_column_blob(statement, 0), GeometryServices.Wgs84) is { IsEmpty: false } read ? read : null;
                var values = new object?[schema.Fields.Count];
                var ordinal = 1;
                for (var i = 0; i < values.Length; i++)
                {
                    if (!present[i])
                    {
                        continue;
                    }

                    values[i] = raw.sqlite3_column_type(statement, ordinal) == raw.SQLITE_NULL ? null : schema.Fields[i].Type switch
                    {
                        ExportFieldType.WholeNumber => raw.sqlite3_column_int64(statement, ordinal),
                        ExportFieldType.Real => raw.sqlite3_column_double(statement, ordinal),
                        ExportFieldType.Boolean => raw.sqlite3_column_int64(statement, ordinal) != 0,
                        ExportFieldType.Date => DateOnly.ParseExact(Text(statement, ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        _ => Text(statement, ordinal),
                    };
                    ordinal++;
                }

                yield return new ExportFeature(geometry, values);
            }
        }
    }

    private static string Text(sqlite3_stmt statement, int ordinal) => Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, ordinal));

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
