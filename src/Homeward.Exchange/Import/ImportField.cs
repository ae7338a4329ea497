using Homeward.Domain;
using Homeward.Domain.Objects;

namespace Homeward.Exchange.Import;

/// <summary>
/// A Homeward field a source column can map to: an attribute of the kind (<c>hazardType</c>), a part of one
/// (<c>name.ru</c>, <c>beneficiaries.women</c>), or the object's <c>code</c>.
/// </summary>
/// <param name="Name">The name mappings use: the JSON name, or the reference's alias (<c>hazardousArea</c>), or a dotted part.</param>
/// <param name="Property">The attribute, or <see langword="null"/> for <c>code</c>.</param>
/// <param name="Path">Where the value goes in the item's attributes (<c>["name", "ru"]</c>).</param>
/// <param name="ValueType">The type of the value (the element type of a list).</param>
public sealed record ImportField(string Name, ObjectProperty? Property, IReadOnlyList<string> Path, Type ValueType)
{
    private static readonly string[] Languages = ["en", "az", "ru"];
    private static readonly string[] Groups = ["women", "men", "girls", "boys"];

    /// <summary>The fields of a kind that an import may fill: all attributes but the identity, the synthetic flag and computed areas.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The fields.</returns>
    public static IReadOnlyList<ImportField> Of(ObjectKind kind)
    {
        var fields = new List<ImportField> { new("code", null, ["code"], typeof(string)) };
        foreach (var p in ObjectSchema.Of(kind).Properties)
        {
            if (p.Name is nameof(DomainObject.Id) or nameof(DomainObject.Code) or nameof(DomainObject.IsSynthetic) or "AreaSquareMetres"
                || p.ValueType == typeof(LonLat))
            {
                continue;
            }

            if (p.ValueType == typeof(LocalizedText))
            {
                fields.Add(new(p.JsonName, p, [p.JsonName, "en"], typeof(string)));
                fields.AddRange(Languages.Select(l => new ImportField($"{p.JsonName}.{l}", p, [p.JsonName, l], typeof(string))));
                continue;
            }

            if (p.ValueType == typeof(Beneficiaries))
            {
                fields.AddRange(Groups.Select(g => new ImportField($"{p.JsonName}.{g}", p, [p.JsonName, g], typeof(int))));
                continue;
            }

            var name = p.ReferenceAlias ?? p.JsonName;
            var type = p.IsList ? p.ValueType.GetGenericArguments()[0] : p.ValueType;
            fields.Add(new(name, p, [name], p.IsReference ? typeof(string) : type));
        }

        return fields;
    }

    /// <summary>The names that match this field when columns map by name: its own, its JSON and column names, normalized.</summary>
    public IEnumerable<string> MatchNames
    {
        get
        {
            yield return ImportMapping.Normalize(Name);
            if (Property is not null && Path.Count == 1)
            {
                yield return ImportMapping.Normalize(Property.JsonName);
                yield return ImportMapping.Normalize(Property.ColumnName);
            }
        }
    }

    /// <summary>Whether the field holds a list (of codes or references).</summary>
    public bool IsList => Property?.IsList == true;
}
