using System.Globalization;
using System.Text.RegularExpressions;
using Homeward.Geo.GeoPackage;
using Homeward.Storage.GeoPackage.Internal;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage;

/// <summary>
/// Writes a small standalone GeoPackage 1.3 file of feature layers that QGIS and GDAL open, for exports such as the
/// geometry of a digitized minefield record. It is not a Homeward store: it has no history and no <c>homeward_meta</c>.
/// </summary>
public static partial class GeoPackageFeatureFile
{
    /// <summary>Writes the layers to a new file, replacing any file at <paramref name="path"/>.</summary>
    /// <param name="path">The file; by convention its name ends in <c>.gpkg</c>.</param>
    /// <param name="layers">The layers, each with a distinct name.</param>
    /// <param name="now">The time recorded as each layer's last change.</param>
    /// <param name="cancellationToken">Cancels the writing; the file is then removed.</param>
    /// <returns>A task that completes when the file is closed.</returns>
    /// <exception cref="ArgumentException">A layer name is not a plain identifier, is used twice, or a layer's SRID is not 4326 or a UTM zone.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static async Task WriteAsync(string path, IReadOnlyList<GeoPackageLayer> layers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(layers);
        foreach (var layer in layers)
        {
            if (!Identifier().IsMatch(layer.Name) || layers.Count(l => l.Name == layer.Name) > 1)
            {
                throw new ArgumentException($"'{layer.Name}' is not a distinct plain table name.", nameof(layers));
            }

            _ = SpatialReference(layer.Srid);
        }

        File.Delete(path);
        var written = false;
        try
        {
            await WriteLayersAsync(path, layers, now, cancellationToken).ConfigureAwait(false);
            written = true;
        }
        catch (SqliteException ex)
        {
            throw new IOException($"{path} could not be written: {ex.Message}", ex);
        }
        finally
        {
            if (!written)
            {
                File.Delete(path);
            }
        }
    }

    private static async Task WriteLayersAsync(string path, IReadOnlyList<GeoPackageLayer> layers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction();
            var db = new SqlSession(connection, transaction);
            await GeoPackageSchema.CreateCoreAsync(db, cancellationToken).ConfigureAwait(false);
            foreach (var srid in layers.Select(l => l.Srid).Where(s => s != StoreGeometry.Srid).Distinct())
            {
                var (name, definition) = SpatialReference(srid);
                await db.ExecuteAsync("""
                    INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description)
                    VALUES (@name, @srid, 'EPSG', @srid, @definition, @name)
                    """, cancellationToken, ("@name", name), ("@srid", srid), ("@definition", definition)).ConfigureAwait(false);
            }

            foreach (var layer in layers)
            {
                await WriteLayerAsync(db, layer, now, cancellationToken).ConfigureAwait(false);
            }

            transaction.Commit();
        }
    }

    private static async Task WriteLayerAsync(SqlSession db, GeoPackageLayer layer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Columns in the order they first appear, typed by their first non-null value.
        var columns = new List<(string Name, string Type)>();
        foreach (var (name, value) in layer.Features.SelectMany(f => f.Attributes))
        {
            if (!Identifier().IsMatch(name))
            {
                throw new ArgumentException($"'{name}' is not a plain column name.", nameof(layer));
            }

            var index = columns.FindIndex(c => c.Name == name);
            var type = value switch { null => null, string => "TEXT", int or long or bool => "INTEGER", _ => "REAL" };
            if (index < 0)
            {
                columns.Add((name, type ?? string.Empty));
            }
            else if (columns[index].Type.Length == 0 && type is not null)
            {
                columns[index] = (name, type);
            }
        }

        var definitions = string.Concat(columns.Select(c => $", \"{c.Name}\" {(c.Type.Length == 0 ? "TEXT" : c.Type)}"));
        await db.ExecuteAsync($"CREATE TABLE \"{layer.Name}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom {layer.GeometryType}{definitions})",
            cancellationToken).ConfigureAwait(false);
        var envelope = new Envelope();
        var insert = $"INSERT INTO \"{layer.Name}\" (geom{string.Concat(columns.Select(c => $", \"{c.Name}\""))}) " +
            $"VALUES (@geom{string.Concat(columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $", @p{i}")))})";
        foreach (var feature in layer.Features)
        {
            envelope.ExpandToInclude(feature.Geometry.EnvelopeInternal);
            var values = columns.Select((c, i) => (string.Create(CultureInfo.InvariantCulture, $"@p{i}"),
                feature.Attributes.FirstOrDefault(a => a.Key == c.Name).Value is bool b ? (object)(b ? 1 : 0) : feature.Attributes.FirstOrDefault(a => a.Key == c.Name).Value));
            await db.ExecuteAsync(insert, cancellationToken, [("@geom", GeoPackageGeometryBlob.Write(feature.Geometry, layer.Srid)), .. values])
                .ConfigureAwait(false);
        }

        await db.ExecuteAsync("""
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id)
              VALUES (@t, 'features', @t, @d, @now, @minx, @miny, @maxx, @maxy, @srid);
            INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
              VALUES (@t, 'geom', @type, @srid, 0, 0);
            """,
            cancellationToken,
            ("@t", layer.Name), ("@d", layer.Description),
            ("@now", now.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture)),
            ("@minx", envelope.IsNull ? null : envelope.MinX), ("@miny", envelope.IsNull ? null : envelope.MinY),
            ("@maxx", envelope.IsNull ? null : envelope.MaxX), ("@maxy", envelope.IsNull ? null : envelope.MaxY),
            ("@srid", layer.Srid), ("@type", layer.GeometryType)).ConfigureAwait(false);
    }

    // The OGC WKT 1 definitions GDAL writes for these EPSG codes.
    private static (string Name, string Definition) SpatialReference(int srid)
    {
        if (srid == StoreGeometry.Srid)
        {
            return ("WGS 84 geodetic", GeoPackageSchema.Wgs84Wkt);
        }

        var north = srid is > 32600 and <= 32660;
        if (!north && srid is not (> 32700 and <= 32760))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"EPSG:{srid} is not supported here: use 4326 or a WGS 84 / UTM zone."), nameof(srid));
        }

        var zone = srid % 100;
        var name = string.Create(CultureInfo.InvariantCulture, $"WGS 84 / UTM zone {zone}{(north ? 'N' : 'S')}");
        return (name, string.Create(CultureInfo.InvariantCulture,
            $"PROJCS[\"{name}\",{GeoPackageSchema.Wgs84Wkt},PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0]," +
            $"PARAMETER[\"central_meridian\",{zone * 6 - 183}],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000]," +
            $"PARAMETER[\"false_northing\",{(north ? 0 : 10000000)}],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]]," +
            $"AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"{srid}\"]]"));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
