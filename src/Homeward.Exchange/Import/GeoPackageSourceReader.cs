using System.Globalization;
using Homeward.Geo.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Import;

/// <summary>
/// Reads one feature table of a GeoPackage (any table listed in <c>gpkg_geometry_columns</c>), row by row. The table's
/// <c>srs_id</c> is honoured through <c>gpkg_spatial_ref_sys</c> (its organisation and code, usually EPSG).
/// </summary>
public sealed class GeoPackageSourceReader : SourceReader
{
    private readonly SqliteConnection _connection;
    private readonly string? _geometryColumn;
    private readonly long _rows;
    private long _done;

    private GeoPackageSourceReader(string path, SqliteConnection connection, string table, string? geometryColumn, long rows)
        : base(path)
    {
        _connection = connection;
        Layer = table;
        _geometryColumn = geometryColumn;
        _rows = rows;
    }

    /// <inheritdoc/>
    public override SourceFormat Format => SourceFormat.GeoPackage;

    /// <inheritdoc/>
    public override double Progress => _rows == 0 ? 1 : (double)_done / _rows;

    /// <summary>Opens a layer of a GeoPackage.</summary>
    /// <param name="path">The file.</param>
    /// <param name="layer">The table, or <see langword="null"/> when the file has one feature table.</param>
    /// <param name="reader">The reader.</param>
    /// <param name="error">Why the file cannot be read.</param>
    /// <returns>Whether it opened.</returns>
    public static bool TryOpen(string path, string? layer, out GeoPackageSourceReader? reader, out string? error)
    {
        reader = null;
        error = null;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var layers = new List<(string Table, string Column, long SrsId)>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns ORDER BY table_name";
                using var rows = command.ExecuteReader();
                while (rows.Read())
                {
                    layers.Add((rows.GetString(0), rows.GetString(1), rows.GetInt64(2)));
                }
            }

            if (layers.Count == 0)
            {
                error = "the GeoPackage has no feature table.";
                connection.Dispose();
                return false;
            }

            var chosen = layer is null ? (layers.Count == 1 ? layers[0] : default)
                : layers.FirstOrDefault(l => string.Equals(l.Table, layer, StringComparison.OrdinalIgnoreCase));
            if (chosen.Table is null)
            {
                error = (layer is null ? "the GeoPackage has several feature tables" : $"the GeoPackage has no feature table '{layer}'")
                    + $"; choose one with --layer: {string.Join(", ", layers.Select(l => l.Table))}.";
                connection.Dispose();
                return false;
            }

            long count;
            using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT count(*) FROM {Quote(chosen.Table)}";
                count = (long)command.ExecuteScalar()!;
            }

            reader = new GeoPackageSourceReader(path, connection, chosen.Table, chosen.Column, count);
            reader.ReadSrs(chosen.SrsId);
            return true;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            error = $"not a readable GeoPackage: {ex.Message}";
            return false;
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<SourceRecord> ReadRecords()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Quote(Layer!)}";
        SqliteDataReader rows;
        try
        {
            rows = command.ExecuteReader();
        }
        catch (SqliteException ex)
        {
            Fail($"the GeoPackage table {Layer} cannot be read: {ex.Message}");
            yield break;
        }

        using (rows)
        {
            var factory = Geo.GeometryServices.ForSrid(DeclaredSrid ?? 0);
            var primaryKey = PrimaryKey();
            while (true)
            {
                SourceRecord? record;
                try
                {
                    if (!rows.Read())
                    {
                        yield break;
                    }

                    record = ReadRow(rows, factory, primaryKey);
                }
                catch (SqliteException ex)
                {
                    Fail($"the GeoPackage is damaged after row {_done}: {ex.Message}");
                    yield break;
                }

                yield return record;
            }
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
        }

        base.Dispose(disposing);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private SourceRecord ReadRow(SqliteDataReader rows, GeometryFactory factory, string? primaryKey)
    {
        _done++;
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        Geometry? geometry = null;
        string? problem = null;
        for (var i = 0; i < rows.FieldCount; i++)
        {
            var name = rows.GetName(i);
            if (string.Equals(name, _geometryColumn, StringComparison.OrdinalIgnoreCase))
            {
                if (!rows.IsDBNull(i))
                {
                    try
                    {
                        var blob = (byte[])rows.GetValue(i);
                        var read = GeoPackageGeometryBlob.Read(blob, factory);
                        geometry = read.IsEmpty ? null : read;
                    }
                    catch (Exception ex) when (IsDamage(ex))
                    {
                        problem = $"not a GeoPackage geometry: {ex.Message}";
                    }
                }

                continue;
            }

            if (string.Equals(name, primaryKey, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            SeeColumn(name);
            attributes[name] = rows.IsDBNull(i) ? null : rows.GetValue(i) switch
            {
                byte[] bytes => Convert.ToBase64String(bytes),
                var v => v,
            };
        }

        return new SourceRecord(_done, attributes, geometry) { GeometryProblem = problem, GeometryField = _geometryColumn ?? "geometry" };
    }

    private string? PrimaryKey()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info({Literal(Layer!)}) WHERE pk = 1";
        return command.ExecuteScalar() as string;
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private void ReadSrs(long srsId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT organization, organization_coordsys_id, srs_name FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        command.Parameters.AddWithValue("$id", srsId);
        using var rows = command.ExecuteReader();
        if (!rows.Read())
        {
            UnknownCrs = string.Create(CultureInfo.InvariantCulture, $"srs_id {srsId}, which gpkg_spatial_ref_sys does not define");
            return;
        }

        var organization = rows.IsDBNull(0) ? string.Empty : rows.GetString(0);
        var code = rows.IsDBNull(1) ? 0 : rows.GetInt64(1);
        if (string.Equals(organization, "EPSG", StringComparison.OrdinalIgnoreCase) && code is > 0 and < int.MaxValue)
        {
            DeclaredSrid = (int)code;
        }
        else if (srsId is -1 or 0)
        {
            // GeoPackage's reserved "undefined" systems: the file states no CRS.
            DeclaredSrid = null;
        }
        else
        {
            UnknownCrs = string.Create(CultureInfo.InvariantCulture, $"{(rows.IsDBNull(2) ? "srs" : rows.GetString(2))} ({organization}:{code})");
        }
    }
}
