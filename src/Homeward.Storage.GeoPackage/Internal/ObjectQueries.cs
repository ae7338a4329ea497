using Homeward.Domain;
using Homeward.Domain.Storage;
using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// Reads objects from the history, now or as of an instant. The version of an object at instant T is the row with
/// <c>valid_from &lt;= T</c> and (<c>valid_to</c> NULL or <c>&gt; T</c>); a withdrawal means it does not exist then.
/// </summary>
internal static class ObjectQueries
{
    private const string Current = "v.valid_to IS NULL AND v.change <> 'withdrawn'";
    private const string AsOf = "v.valid_from <= @at AND (v.valid_to IS NULL OR v.valid_to > @at) AND v.change <> 'withdrawn'";

    /// <summary>An object by identity.</summary>
    /// <param name="db">The session.</param>
    /// <param name="id">The identity.</param>
    /// <param name="asOf">The instant, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    public static async Task<StoredObject?> GetAsync(SqlSession db, Guid id, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var row = await db.QueryFirstAsync(
            $"SELECT {HistoryRow.Columns} FROM object_versions v WHERE v.object_id = @id AND {When(asOf)}",
            HistoryRow.Read, cancellationToken, ("@id", id), ("@at", asOf)).ConfigureAwait(false);
        return row?.ToStoredObject();
    }

    /// <summary>An object by code.</summary>
    /// <param name="db">The session.</param>
    /// <param name="code">The code, compared exactly.</param>
    /// <param name="asOf">The instant, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    public static async Task<StoredObject?> FindByCodeAsync(SqlSession db, string code, DateTimeOffset? asOf,
        CancellationToken cancellationToken)
    {
        var row = await db.QueryFirstAsync(
            $"SELECT {HistoryRow.Columns} FROM object_versions v WHERE v.code = @code AND {When(asOf)} ORDER BY v.valid_from DESC LIMIT 1",
            HistoryRow.Read, cancellationToken, ("@code", code), ("@at", asOf)).ConfigureAwait(false);
        return row?.ToStoredObject();
    }

    /// <summary>Every version of an object, oldest first.</summary>
    /// <param name="db">The session.</param>
    /// <param name="id">The object.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The versions.</returns>
    public static async Task<IReadOnlyList<ObjectVersion>> GetHistoryAsync(SqlSession db, Guid id, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync(
            $"SELECT {HistoryRow.Columns} FROM object_versions v WHERE v.object_id = @id ORDER BY v.version",
            HistoryRow.Read, cancellationToken, ("@id", id)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToObjectVersion())];
    }

    /// <summary>Every object of a kind, in code order.</summary>
    /// <param name="db">The session.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="asOf">The instant, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The objects, read as they are enumerated.</returns>
    public static IAsyncEnumerable<StoredObject> ListAsync(SqlSession db, ObjectKind kind, DateTimeOffset? asOf,
        CancellationToken cancellationToken) =>
        db.StreamAsync(
            $"SELECT {HistoryRow.Columns} FROM object_versions v WHERE v.kind = @kind AND {When(asOf)} ORDER BY v.code",
            r => HistoryRow.Read(r).ToStoredObject(), cancellationToken, ("@kind", EnumText.Of(kind)), ("@at", asOf));

    /// <summary>The current objects whose bounding box, as the layer's R-tree holds it, intersects <paramref name="envelope"/>.</summary>
    /// <param name="db">The session.</param>
    /// <param name="layer">The feature table of a spatial kind.</param>
    /// <param name="envelope">The box, EPSG:4326.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The objects, in code order.</returns>
    public static async Task<IReadOnlyList<StoredObject>> QueryEnvelopeAsync(SqlSession db, LayerSchema layer, Envelope envelope,
        CancellationToken cancellationToken)
    {
        if (envelope.IsNull)
        {
            return [];
        }

        // The R-tree stores 32-bit boxes rounded outwards, so this finds a superset of the exact matches, as the contract allows.
        var rows = await db.QueryAsync(
            $"""
            SELECT {HistoryRow.Columns}
            FROM {LayerSchema.Quote(layer.RtreeTable)} r
            JOIN {LayerSchema.Quote(layer.Table)} l ON l.fid = r.id
            JOIN object_versions v ON v.object_id = l.object_id AND v.version = l.version
            WHERE r.minx <= @maxx AND r.maxx >= @minx AND r.miny <= @maxy AND r.maxy >= @miny
            ORDER BY l.code
            """,
            HistoryRow.Read, cancellationToken,
            ("@minx", envelope.MinX), ("@maxx", envelope.MaxX), ("@miny", envelope.MinY), ("@maxy", envelope.MaxY)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToStoredObject())];
    }

    private static string When(DateTimeOffset? asOf) => asOf is null ? Current : AsOf;
}
