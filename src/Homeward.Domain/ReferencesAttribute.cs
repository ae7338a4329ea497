namespace Homeward.Domain;

/// <summary>
/// Marks a property that holds the identity (or identities) of other objects. In field-report files the reference
/// may be written by code or item reference under the property's name without <c>Id</c>: <c>hazardousArea</c>
/// for <c>HazardousAreaId</c>, <c>hazardousAreas</c> for <c>HazardousAreaIds</c>.
/// </summary>
/// <param name="kind">The kind referred to, or <see langword="null"/> when any kind may be.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ReferencesAttribute(ObjectKind kind) : Attribute
{
    /// <summary>A reference to an object of any kind.</summary>
    public ReferencesAttribute()
        : this((ObjectKind)(-1))
    {
    }

    /// <summary>The kind referred to, or <see langword="null"/> for any.</summary>
    public ObjectKind? Kind { get; } = Enum.IsDefined(kind) ? kind : null;
}
