using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Homeward.Domain;

/// <summary>The attributes of each object kind, read once from its record type. Thread-safe.</summary>
public sealed class ObjectSchema
{
    private static readonly FrozenDictionary<ObjectKind, ObjectSchema> ByKind =
        ObjectKindInfo.All.ToFrozenDictionary(i => i.Kind, i => new ObjectSchema(i));

    private ObjectSchema(ObjectKindInfo info)
    {
        Info = info;
        var properties = info.ClrType
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.Name is not nameof(DomainObject.Geometry))
            .OrderBy(p => p.DeclaringType == typeof(DomainObject) ? 0 : 1)
            .ThenBy(p => p.MetadataToken)
            .Select(p => new ObjectProperty(p, p.GetCustomAttribute<RequiredMemberAttribute>() is not null
                || (p.DeclaringType == typeof(DomainObject) && p.Name is nameof(DomainObject.Id) or nameof(DomainObject.Code))));
        Properties = [.. properties];
    }

    /// <summary>The kind.</summary>
    public ObjectKindInfo Info { get; }

    /// <summary>The attributes, those of <see cref="DomainObject"/> first, then in declaration order. Geometry is not among them.</summary>
    public IReadOnlyList<ObjectProperty> Properties { get; }

    /// <summary>The schema of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its schema.</returns>
    public static ObjectSchema Of(ObjectKind kind) => ByKind[kind];
}
