using System.Text.RegularExpressions;
using Homeward.Domain;

namespace Homeward.Exchange.Export;

/// <summary>What an exported layer holds: its name, its geometry and its attribute columns. Geometry is EPSG:4326.</summary>
public sealed partial record ExportLayerSchema
{
    /// <summary>Creates a schema.</summary>
    /// <param name="name">The layer name: a plain identifier.</param>
    /// <param name="shape">The geometry the features carry (<see cref="GeometryShape.None"/> for a table without geometry).</param>
    /// <param name="fields">The columns, with distinct plain names.</param>
    /// <param name="description">What the layer holds, written where the format keeps a description.</param>
    /// <exception cref="ArgumentException">A name is not a plain identifier, or a column name is used twice.</exception>
    public ExportLayerSchema(string name, GeometryShape shape, IReadOnlyList<ExportField> fields, string description)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!Identifier().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain layer name.", nameof(name));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            if (!Identifier().IsMatch(field.Name) || !seen.Add(field.Name))
            {
                throw new ArgumentException($"'{field.Name}' is not a distinct plain column name.", nameof(fields));
            }
        }

        Name = name;
        Shape = shape;
        Fields = fields;
        Description = description;
    }

    /// <summary>The layer name.</summary>
    public string Name { get; }

    /// <summary>The geometry the features carry.</summary>
    public GeometryShape Shape { get; }

    /// <summary>The attribute columns.</summary>
    public IReadOnlyList<ExportField> Fields { get; }

    /// <summary>What the layer holds.</summary>
    public string Description { get; }

    /// <summary>The index of the column named <paramref name="name"/> (compared without regard to case), or −1.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The index.</returns>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
