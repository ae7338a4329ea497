using System.Globalization;
using Homeward.Geo;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace Homeward.Exchange.Import;

/// <summary>Writes rejected records as a minimal GeoPackage 1.3: one feature table, attributes as text, and a <c>reason</c> column.</summary>
internal static class RejectedGeoPackage
{
    private const string Wgs84Wkt = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]]";

    public static void Write(string path, string layer, int srid, List<string> columns, IReadOnlyList<(SourceRecord Record, string Reason)> rejected)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        void Execute(string sql, params (string Name, object? Value)[] parameters)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            command.ExecuteNonQuery();
        }

        Execute("PRAGMA application_id = 1196444487");
        Execute("PRAGMA user_version = 10300");
        Execute("""
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)
            """);
        Execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL)");
        Execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL)");
        Execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, $wkt, NULL)", ("$wkt", Wgs84Wkt));
        if (srid != GeometryServices.StorageSrid)
        {
            Execute("INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $srid, 'EPSG', $srid, 'undefined', NULL)",
                ("$name", string.Create(CultureInfo.InvariantCulture, $"EPSG:{srid}")), ("$srid", srid));
        }

        Execute("""
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)
            """);
        Execute("""
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name))
            """);
        var names = columns.Where(c => !string.Equals(c, "fid", StringComparison.OrdinalIgnoreCase) && !string.Equals(c, "geom", StringComparison.OrdinalIgnoreCase)).ToList();
        var definitions = string.Concat(names.Select(c => $", {Quote(c)} TEXT"));
        Execute($"CREATE TABLE {Quote(layer)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY{definitions}, {Quote(RejectedRecordFile.ReasonColumn)} TEXT)");
        Execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ($t, 'features', $t, $srid)", ("$t", layer), ("$srid", srid));
        Execute("INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', 'GEOMETRY', $srid, 0, 0)", ("$t", layer), ("$srid", srid));
        var writer = new GeoPackageGeoWriter();
        var factory = GeometryServices.ForSrid(srid);
        var placeholders = string.Concat(names.Select((_, i) => $", $c{i}"));
        var insert = $"INSERT INTO {Quote(layer)} (geom{string.Concat(names.Select(c => ", " + Quote(c)))}, {Quote(RejectedRecordFile.ReasonColumn)}) VALUES ($geom{placeholders}, $reason)";
        foreach (var (record, reason) in rejected)
        {
            var parameters = new List<(string, object?)>
            {
                ("$geom", record.Geometry is null ? null : writer.Write(factory.CreateGeometry(record.Geometry))),
                ("$reason", reason),
            };
            parameters.AddRange(names.Select((c, i) => ($"$c{i}", record.Attributes.GetValueOrDefault(c) is { } v
                ? (object)(Convert.ToString(v is DateTime d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : v, CultureInfo.InvariantCulture) ?? string.Empty)
                : null)));
            Execute(insert, [.. parameters]);
        }

        transaction.Commit();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
