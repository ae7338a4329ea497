using Homeward.Domain;
using Homeward.Domain.Storage;
using NetTopologySuite.Geometries;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// Reads objects from the history, now or as of an instant, with the GeoPackage store's semantics: the version of an
/// object at instant T is the row with <c>valid_from &lt;= T</c> and (<c>valid_to</c> NULL or <c>&gt; T</c>); a
/// withdrawal means it does not exist then. The instant is truncated to the microsecond (<see cref="Pg.Timestamp"/>).
/// </summary>
internal static class ObjectQueries
{
    private const string Current = "v.valid_to IS NULL AND v.change <> 'withdrawn'";

    // $2 is the instant.
    private const string AsOf = "v.valid_from <= $2 AND (v.valid_to IS NULL OR v.valid_to > $2) AND v.change <> 'withdrawn'";

    /// <summary>An object by identity.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="id">The identity.</param>
    /// <param name="asOf">The instant, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    public static async Task<StoredObject?> GetAsync(PgSession db, StoreSchema schema, Guid id, DateTimeOffset? asOf,
        CancellationToken cancellationToken)
    {
        var row = await db.QueryFirstAsync(
            $"SELECT {HistoryRow.Columns} FROM {schema.ObjectVersions} v WHERE v.object_id = $1 AND {When(asOf)}",
            HistoryRow.Read, cancellationToken, Parameters(Pg.Uuid(id), asOf)).ConfigureAwait(false);
        return row?.ToStoredObject();
    }

    /// <summary>An object by code.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="code">The code, compared exactly.</param>
    /// <param name="asOf">The instant, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    public static async Task<StoredObject?> FindByCodeAsync(PgSession db, StoreSchema schema, string code, DateTimeOffset? asOf,
        CancellationToken cancellationToken)
    {
        var row = await db.QueryFirstAsync(
            $"SELECT {HistoryRow.Columns} FROM {schema.ObjectVersions} v WHERE v.code = $1 AND {When(asOf)} ORDER BY v.valid_from DESC LIMIT 1",
            HistoryRow.Read, cancellationToken, Parameters(Pg.Text(code), asOf)).ConfigureAwait(false);
        return row?.ToStoredObject();
    }

    /// <summary>Every version of an object, oldest first.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="id">The object.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The versions.</returns>
    public static async Task<IReadOnlyList<ObjectVersion>> GetHistoryAsync(PgSession db, StoreSchema schema, Guid id,
        CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync(
            $"SELECT {HistoryRow.Columns} FROM {schema.ObjectVersions} v WHERE v.object_id = $1 ORDER BY v.version",
            HistoryRow.Read, cancellationToken, Pg.Uuid(id)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToObjectVersion())];
    }

    /// <summary>Every object of a kind, in code order.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="asOf">The instant, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The objects, read as they are enumerated.</returns>
    public static IAsyncEnumerable<StoredObject> ListAsync(PgSession db, StoreSchema schema, ObjectKind kind, DateTimeOffset? asOf,
        CancellationToken cancellationToken) =>
        db.StreamAsync(
            $"SELECT {HistoryRow.Columns} FROM {schema.ObjectVersions} v WHERE v.kind = $1 AND {When(asOf)} ORDER BY v.code",
            r => HistoryRow.Read(r).ToStoredObject(), cancellationToken, Parameters(Pg.Text(EnumText.Of(kind)), asOf));

    /// <summary>
    /// The current objects whose bounding box intersects <paramref name="envelope"/>, through the GiST index of the kind's
    /// current-state table (<c>&amp;&amp;</c>, whose single-precision boxes are rounded outwards: a superset of the exact answer).
    /// </summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="layer">The current-state table of a spatial kind.</param>
    /// <param name="envelope">The box, EPSG:4326.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The objects, in code order.</returns>
    public static async Task<IReadOnlyList<StoredObject>> QueryEnvelopeAsync(PgSession db, StoreSchema schema, LayerTable layer,
        Envelope envelope, CancellationToken cancellationToken)
    {
        if (envelope.IsNull)
        {
            return [];
        }

        var rows = await db.QueryAsync(
            $"""
            SELECT {HistoryRow.Columns}
            FROM {schema.Table(layer.Name)} l
            JOIN {schema.ObjectVersions} v ON v.object_id = l.object_id AND v.version = l.version
            WHERE l.geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)
            ORDER BY l.code
            """,
            HistoryRow.Read, cancellationToken,
            Pg.Double(envelope.MinX), Pg.Double(envelope.MinY), Pg.Double(envelope.MaxX), Pg.Double(envelope.MaxY)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToStoredObject())];
    }

    private static string When(DateTimeOffset? asOf) => asOf is null ? Current : AsOf;

    private static Npgsql.NpgsqlParameter[] Parameters(Npgsql.NpgsqlParameter first, DateTimeOffset? asOf) =>
        asOf is null ? [first] : [first, Pg.Timestamp(asOf)];
}
