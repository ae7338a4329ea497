using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Storage;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>A row of <c>object_versions</c>, the history that every read of objects comes from.</summary>
/// <param name="ObjectId">The object.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Code">Its code in this version.</param>
/// <param name="Version">The version, from 1.</param>
/// <param name="Change">How the version came to be.</param>
/// <param name="ValidFrom">When it was recorded (UTC).</param>
/// <param name="ValidTo">When the next version replaced it (UTC), or <see langword="null"/>.</param>
/// <param name="ChangedBy">The user.</param>
/// <param name="ReportId">The report of the commit.</param>
/// <param name="ReportCode">Its code.</param>
/// <param name="Payload">The object's JSON form; <see langword="null"/> for a withdrawal.</param>
/// <param name="Geometry">The object's exact geometry, or <see langword="null"/>.</param>
internal sealed record HistoryRow(
    Guid ObjectId,
    ObjectKind Kind,
    string Code,
    int Version,
    ChangeKind Change,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidTo,
    string ChangedBy,
    Guid? ReportId,
    string? ReportCode,
    string? Payload,
    Geometry? Geometry)
{
    /// <summary>The columns <see cref="Read"/> expects, from <c>object_versions</c> aliased <c>v</c>.</summary>
    public const string Columns =
        "v.object_id, v.kind, v.code, v.version, v.change, v.valid_from, v.valid_to, v.changed_by, v.report_id, v.report_code, " +
        "v.payload::text, v.geom";

    /// <summary>Reads the current row of a reader over <see cref="Columns"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The row.</returns>
    public static HistoryRow Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        EnumText.Parse<ObjectKind>(reader.GetString(1)),
        reader.GetString(2),
        reader.GetInt32(3),
        EnumText.Parse<ChangeKind>(reader.GetString(4)),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
        reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetGuid(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.IsDBNull(10) ? null : reader.GetString(10),
        reader.IsDBNull(11) ? null : ToStoreFactory(reader.GetFieldValue<Geometry>(11)));

    /// <summary>The object as this version holds it, or <see langword="null"/> for a withdrawal.</summary>
    /// <returns>The object with its geometry.</returns>
    public DomainObject? State() => Payload is null ? null : DomainJson.Deserialize(Kind, Payload) with { Geometry = Geometry };

    /// <summary>This version as a stored object.</summary>
    /// <returns>The stored object.</returns>
    /// <exception cref="InvalidOperationException">The row is a withdrawal.</exception>
    public StoredObject ToStoredObject() => new(
        State() ?? throw new InvalidOperationException(
            string.Create(CultureInfo.InvariantCulture, $"Version {Version} of {Code} is a withdrawal; it has no state.")),
        Version,
        ValidFrom,
        ReportId);

    /// <summary>This version as a history entry.</summary>
    /// <returns>The history entry.</returns>
    public ObjectVersion ToObjectVersion() =>
        new(ObjectId, Kind, Code, Version, Change, ValidFrom, ValidTo, ChangedBy, ReportId, ReportCode, State());

    // The plugin builds geometries with its own services (the legacy overlay); every geometry the store hands out is built
    // by Homeward's one configured factory instead (EPSG:4326, floating precision, OverlayNG), as the GeoPackage store does.
    private static Geometry ToStoreFactory(Geometry geometry) => GeometryServices.Wgs84.CreateGeometry(geometry);
}
