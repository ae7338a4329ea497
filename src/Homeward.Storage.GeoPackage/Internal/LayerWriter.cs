using System.Text.Json;
using Homeward.Domain;
using Homeward.Geo.GeoPackage;
using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>Writes the current state of objects into their kind's table, the projection that GIS tools read.</summary>
internal static class LayerWriter
{
    /// <summary>Inserts or replaces the row of an object.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="state">The object's current state.</param>
    /// <param name="version">Its version.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task UpsertAsync(SqlSession db, DomainObject state, int version, CancellationToken cancellationToken)
    {
        var layer = LayerSchema.Of(state.Kind);
        using var json = JsonDocument.Parse(DomainJson.Serialize(state));
        var parameters = new (string Name, object? Value)[layer.Columns.Count + 4];
        parameters[0] = ("@object_id", state.Id);
        parameters[1] = ("@code", state.Code);
        parameters[2] = ("@version", version);
        // An empty geometry (no known location) is NULL in the layer, as GIS tools expect; the history keeps it as written.
        // Writing it as an empty blob would also be correct, but GDAL's validate_gpkg (3.6) reads the empty flag from the
        // wrong bit and rejects any layer that holds one.
        parameters[3] = ("@geom",
            layer.IsSpatial && state.Geometry is { IsEmpty: false } geometry ? GeoPackageGeometryBlob.Write(ForLayer(geometry, layer.Info.Shape), StoreGeometry.Srid) : null);
        for (var i = 0; i < layer.Columns.Count; i++)
        {
            parameters[i + 4] = ($"@p{i}", layer.Columns[i].ValueOf(json.RootElement));
        }

        if (await db.ExecuteAsync(layer.UpdateSql, cancellationToken, parameters).ConfigureAwait(false) == 0)
        {
            await db.ExecuteAsync(layer.InsertSql, cancellationToken, parameters).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the row of an object, if there is one.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="kind">The object's kind.</param>
    /// <param name="id">The object.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task DeleteAsync(SqlSession db, ObjectKind kind, Guid id, CancellationToken cancellationToken) =>
        db.ExecuteAsync(LayerSchema.Of(kind).DeleteSql, cancellationToken, ("@object_id", id));

    // Polygonal layers are MULTIPOLYGON layers, as GeoPackage wants one geometry type per layer; the history keeps the polygon.
    // A GEOMETRY layer (GeometryShape.Any) takes each geometry as it is.
    private static Geometry ForLayer(Geometry geometry, GeometryShape shape) =>
        shape == GeometryShape.Polygonal && geometry is Polygon polygon ? StoreGeometry.Factory.CreateMultiPolygon([polygon]) : geometry;
}
