using Homeward.Geo.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// The SQL functions that the GeoPackage R-tree triggers call (GeoPackage 1.3, Annex F.3): <c>ST_IsEmpty</c>,
/// <c>ST_MinX</c>, <c>ST_MaxX</c>, <c>ST_MinY</c> and <c>ST_MaxY</c> over GeoPackage geometry blobs. SQLite as
/// shipped with Microsoft.Data.Sqlite has the R-tree module but not these functions, so every connection gets them.
/// </summary>
internal static class SpatialFunctions
{
    /// <summary>Registers the functions on <paramref name="connection"/>; call before it is opened.</summary>
    /// <param name="connection">The connection.</param>
    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction<byte[]?, bool?>("ST_IsEmpty", blob => blob is null ? null : GeoPackageGeometryBlob.ReadHeader(blob).IsEmpty,
            isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MinX", blob => Bound(blob, e => e.MinX), isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MaxX", blob => Bound(blob, e => e.MaxX), isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MinY", blob => Bound(blob, e => e.MinY), isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MaxY", blob => Bound(blob, e => e.MaxY), isDeterministic: true);
    }

    private static double? Bound(byte[]? blob, Func<Envelope, double> bound)
    {
        if (blob is null)
        {
            return null;
        }

        var header = GeoPackageGeometryBlob.ReadHeader(blob);
        if (header.IsEmpty)
        {
            return null;
        }

        // The envelope in the header is optional; without it, the geometry itself has to be decoded.
        var envelope = header.Envelope ?? GeoPackageGeometryBlob.Read(blob, StoreGeometry.Factory).EnvelopeInternal;
        return envelope.IsNull ? null : bound(envelope);
    }
}
