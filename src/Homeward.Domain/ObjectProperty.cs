using System.Reflection;
using System.Text;
using Homeward.Domain.Codes;

namespace Homeward.Domain;

/// <summary>One attribute of an object kind, as files, tables and checks see it.</summary>
public sealed class ObjectProperty
{
    internal ObjectProperty(PropertyInfo property, bool isRequired)
    {
        Property = property;
        Name = property.Name;
        JsonName = char.ToLowerInvariant(Name[0]) + Name[1..];
        ColumnName = ToSnakeCase(Name);
        IsRequired = isRequired;
        CodeTable = property.GetCustomAttribute<CodeTableAttribute>()?.TableName;
        var references = property.GetCustomAttribute<ReferencesAttribute>();
        IsReference = references is not null;
        ReferencedKind = references?.Kind;
        IsPlannedDate = property.GetCustomAttribute<PlannedDateAttribute>() is not null;
        ValueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        IsList = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
        ReferenceAlias = !IsReference ? null
            : Name.EndsWith("Ids", StringComparison.Ordinal) ? JsonName[..^3] + "s"
            : JsonName[..^2];
    }

    /// <summary>The CLR property.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The PascalCase name.</summary>
    public string Name { get; }

    /// <summary>The camelCase name in JSON and files.</summary>
    public string JsonName { get; }

    /// <summary>The snake_case column name in tables.</summary>
    public string ColumnName { get; }

    /// <summary>Whether a new object must give it.</summary>
    public bool IsRequired { get; }

    /// <summary>The code table its values belong to, if any.</summary>
    public string? CodeTable { get; }

    /// <summary>Whether it holds identities of other objects.</summary>
    public bool IsReference { get; }

    /// <summary>The kind it refers to, when <see cref="IsReference"/> and restricted to one kind.</summary>
    public ObjectKind? ReferencedKind { get; }

    /// <summary>For references, the name under which files may give codes or item references (<c>hazardousArea</c>).</summary>
    public string? ReferenceAlias { get; }

    /// <summary>Whether the property is a planned date, which may lie in the future (see <see cref="PlannedDateAttribute"/>).</summary>
    public bool IsPlannedDate { get; }

    /// <summary>The value type, with <see cref="Nullable{T}"/> removed.</summary>
    public Type ValueType { get; }

    /// <summary>Whether it holds a list.</summary>
    public bool IsList { get; }

    /// <summary>Reads the property of <paramref name="value"/>.</summary>
    /// <param name="value">An object of the kind.</param>
    /// <returns>The value.</returns>
    public object? GetValue(DomainObject value) => Property.GetValue(value);

    private static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
