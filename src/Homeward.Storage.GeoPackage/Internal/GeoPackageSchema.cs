using System.Globalization;
using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// The tables GeoPackage 1.3 requires (clauses 1.1.2 and 1.1.3, 2.1.5, 2.1.6 and 2.3) and the registration of the
/// store's tables in them, so that QGIS, GDAL and GeoPandas see a standard GeoPackage.
/// </summary>
internal static class GeoPackageSchema
{
    /// <summary>The <c>application_id</c> of a GeoPackage: "GPKG" in ASCII.</summary>
    public const int ApplicationId = 0x47504B47;

    /// <summary>The <c>user_version</c> of a GeoPackage 1.3 file.</summary>
    public const int UserVersion = 10300;

    /// <summary>The definition of EPSG:4326 in OGC WKT 1, as the GeoPackage specification gives it.</summary>
    public const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]]," +
        "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    /// <summary>The definition the specification gives for the R-tree extension in <c>gpkg_extensions</c>.</summary>
    private const string RtreeExtensionDefinition = "http://www.geopackage.org/spec120/#extension_rtree";

    /// <summary>Creates the GeoPackage core tables and the three required spatial reference systems.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task CreateCoreAsync(SqlSession db, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(
            string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {UserVersion};"),
            cancellationToken).ConfigureAwait(false);
        await db.ExecuteAsync("""
            CREATE TABLE gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL,
              srs_id INTEGER PRIMARY KEY,
              organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL,
              definition TEXT NOT NULL,
              description TEXT
            );
            CREATE TABLE gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY,
              data_type TEXT NOT NULL,
              identifier TEXT UNIQUE,
              description TEXT DEFAULT '',
              last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE,
              min_y DOUBLE,
              max_x DOUBLE,
              max_y DOUBLE,
              srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
            );
            CREATE TABLE gpkg_geometry_columns (
              table_name TEXT NOT NULL,
              column_name TEXT NOT NULL,
              geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL,
              z TINYINT NOT NULL,
              m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
            );
            CREATE TABLE gpkg_extensions (
              table_name TEXT,
              column_name TEXT,
              extension_name TEXT NOT NULL,
              definition TEXT NOT NULL,
              scope TEXT NOT NULL,
              CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
            );
            INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description) VALUES
              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
              ('WGS 84 geodetic', 4326, 'EPSG', 4326, @wgs84, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
            """, cancellationToken, ("@wgs84", Wgs84Wkt)).ConfigureAwait(false);
    }

    /// <summary>Registers an attributes table (no geometry) in <c>gpkg_contents</c>.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="table">The table.</param>
    /// <param name="description">What it holds.</param>
    /// <param name="now">The time of the change.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task RegisterAttributesAsync(SqlSession db, string table, string description, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
              VALUES (@t, 'attributes', @t, @d, @now)
            """,
            cancellationToken, ("@t", table), ("@d", description), ("@now", LastChange(now)));

    /// <summary>Creates a kind's table and registers it: a feature table with its R-tree index, or an attributes table.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="layer">The table.</param>
    /// <param name="now">The time of the change.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task CreateLayerAsync(SqlSession db, LayerSchema layer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(layer.CreateTableSql(), cancellationToken).ConfigureAwait(false);
        if (!layer.IsSpatial)
        {
            await RegisterAttributesAsync(db, layer.Table, layer.Description, now, cancellationToken).ConfigureAwait(false);
            return;
        }

        await db.ExecuteAsync("""
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
              VALUES (@t, 'features', @t, @d, @now, 4326);
            INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
              VALUES (@t, @c, @type, 4326, 0, 0);
            INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
              VALUES (@t, @c, 'gpkg_rtree_index', @definition, 'write-only');
            """,
            cancellationToken,
            ("@t", layer.Table), ("@d", layer.Description), ("@now", LastChange(now)), ("@c", LayerSchema.GeometryColumn),
            ("@type", layer.GeometryTypeName), ("@definition", RtreeExtensionDefinition)).ConfigureAwait(false);
        await db.ExecuteAsync(layer.CreateSpatialIndexSql(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a change of a feature table in <c>gpkg_contents</c>: its time, and its extent grown to cover the geometries
    /// written. Like GDAL, deletions do not shrink the extent; <see cref="RecomputeExtentAsync"/> makes it exact.
    /// </summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="layer">The table.</param>
    /// <param name="now">The time of the change.</param>
    /// <param name="written">The envelope of the geometries written, or <see langword="null"/> when none were.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task TouchLayerAsync(SqlSession db, LayerSchema layer, DateTimeOffset now, Envelope? written,
        CancellationToken cancellationToken) =>
        written is null || written.IsNull
            ? TouchAsync(db, layer.Table, now, cancellationToken)
            : db.ExecuteAsync(
                """
                UPDATE gpkg_contents SET last_change = @now,
                  min_x = min(coalesce(min_x, @minx), @minx), min_y = min(coalesce(min_y, @miny), @miny),
                  max_x = max(coalesce(max_x, @maxx), @maxx), max_y = max(coalesce(max_y, @maxy), @maxy)
                WHERE table_name = @t
                """,
                cancellationToken, ("@now", LastChange(now)), ("@t", layer.Table),
                ("@minx", written.MinX), ("@miny", written.MinY), ("@maxx", written.MaxX), ("@maxy", written.MaxY));

    /// <summary>Sets the time of a change of a feature table and its extent, computed from its R-tree index.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="layer">The table.</param>
    /// <param name="now">The time of the change.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task RecomputeExtentAsync(SqlSession db, LayerSchema layer, DateTimeOffset now, CancellationToken cancellationToken) =>
        layer.IsSpatial
            ? db.ExecuteAsync(
                $"""
                UPDATE gpkg_contents SET last_change = @now,
                  min_x = (SELECT min(minx) FROM {LayerSchema.Quote(layer.RtreeTable)}),
                  min_y = (SELECT min(miny) FROM {LayerSchema.Quote(layer.RtreeTable)}),
                  max_x = (SELECT max(maxx) FROM {LayerSchema.Quote(layer.RtreeTable)}),
                  max_y = (SELECT max(maxy) FROM {LayerSchema.Quote(layer.RtreeTable)})
                WHERE table_name = @t
                """,
                cancellationToken, ("@now", LastChange(now)), ("@t", layer.Table))
            : TouchAsync(db, layer.Table, now, cancellationToken);

    /// <summary>Records the time of a change of a table in <c>gpkg_contents</c>.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="table">The table.</param>
    /// <param name="now">The time of the change.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task TouchAsync(SqlSession db, string table, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.ExecuteAsync("UPDATE gpkg_contents SET last_change = @now WHERE table_name = @t",
            cancellationToken, ("@now", LastChange(now)), ("@t", table));

    // gpkg_contents.last_change is a GeoPackage DATETIME: UTC with milliseconds.
    private static string LastChange(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);
}
