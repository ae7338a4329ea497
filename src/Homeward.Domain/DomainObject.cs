using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace Homeward.Domain;

/// <summary>
/// The common part of every object Homeward records. Objects are immutable: a change is a new version
/// made by approving a field report, and earlier versions stay in the history.
/// </summary>
public abstract record DomainObject
{
    /// <summary>The object's identity, stable across versions and stores.</summary>
    public required Guid Id { get; init; }

    /// <summary>The readable code, unique within the database, for example <c>HA-AGD-000123</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Whether the object was generated for a demonstration and describes nothing real.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>
    /// The geometry in EPSG:4326 (X = longitude, Y = latitude, degrees), or <see langword="null"/> when the
    /// kind has none or it is unknown. Its shape is given by <see cref="ObjectKindInfo.Shape"/>. It is kept
    /// apart from the attributes in files and tables, so it is not part of the JSON form.
    /// </summary>
    [JsonIgnore]
    public Geometry? Geometry { get; init; }

    /// <summary>The kind of this object.</summary>
    [JsonIgnore]
    public abstract ObjectKind Kind { get; }
}
