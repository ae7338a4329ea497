using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Storage;
using Homeward.Geo.GeoPackage;
using Microsoft.Data.Sqlite;

namespace Homeward.Storage.GeoPackage.Internal;

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
/// <param name="Geometry">The object's exact geometry as a GeoPackage blob, or <see langword="null"/>.</param>
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
    byte[]? Geometry)
{
    /// <summary>The columns <see cref="Read"/> expects, from <c>object_versions</c> aliased <c>v</c>.</summary>
    public const string Columns =
        "v.object_id, v.kind, v.code, v.version, v.change, v.valid_from, v.valid_to, v.changed_by, v.report_id, v.report_code, " +
        "v.payload, v.geom";

    /// <summary>Reads the current row of a reader over <see cref="Columns"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The row.</returns>
    public static HistoryRow Read(SqliteDataReader reader) => new(
        ParseId(reader.GetString(0)),
        EnumText.Parse<ObjectKind>(reader.GetString(1)),
        reader.GetString(2),
        reader.GetInt32(3),
        EnumText.Parse<ChangeKind>(reader.GetString(4)),
        UtcText.Parse(reader.GetString(5)),
        UtcText.ParseOrNull(reader.IsDBNull(6) ? null : reader.GetString(6)),
        reader.GetString(7),
        reader.IsDBNull(8) ? null : ParseId(reader.GetString(8)),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.IsDBNull(10) ? null : reader.GetString(10),
        reader.IsDBNull(11) ? null : reader.GetFieldValue<byte[]>(11));

    /// <summary>Parses a stored identity.</summary>
    /// <param name="text">The text, in the <c>D</c> format.</param>
    /// <returns>The identity.</returns>
    public static Guid ParseId(string text) => Guid.ParseExact(text, "D");

    /// <summary>The object as this version holds it, or <see langword="null"/> for a withdrawal.</summary>
    /// <returns>The object with its geometry.</returns>
    public DomainObject? State() => Payload is null
        ? null
        : DomainJson.Deserialize(Kind, Payload) with { Geometry = Geometry is null ? null : GeoPackageGeometryBlob.Read(Geometry, StoreGeometry.Factory) };

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
}
