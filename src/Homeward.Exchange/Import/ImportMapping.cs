using System.Text;

namespace Homeward.Exchange.Import;

/// <summary>
/// How the columns of one source map onto Homeward's fields: column names, code values, the CRS, the geometry columns
/// and defaults. Read from a JSON or YAML file (<see cref="ImportMappingFile"/>); every part is optional, and without a
/// column map, columns whose names match a field's (ignoring case, underscores, spaces and hyphens) map by themselves.
/// </summary>
public sealed record ImportMapping
{
    /// <summary>A name for the source, for people (<c>halo-hazards-2024</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The CRS of the file's coordinates (<c>EPSG:28408</c>), overriding what the file states.</summary>
    public string? Crs { get; init; }

    /// <summary>The geometry columns of a CSV file or sheet, when their names do not say.</summary>
    public GeometryColumns? Geometry { get; init; }

    /// <summary>The column that identifies each record in its source; it becomes the item reference.</summary>
    public string? IdColumn { get; init; }

    /// <summary>Source column → Homeward field (<c>TYPE: hazardType</c>; a field of a localized name as <c>name.ru</c>). An empty field leaves the column out.</summary>
    public Dictionary<string, string?> Columns { get; init; } = [];

    /// <summary>Homeward field → (source value → Homeward value), for code tables and enumerations (<c>hazardType: { "AP mines": minefield-ap }</c>).</summary>
    public Dictionary<string, Dictionary<string, string>> Values { get; init; } = [];

    /// <summary>Homeward field → the value to use when a record gives none.</summary>
    public Dictionary<string, string> Defaults { get; init; } = [];

    /// <summary>Whether any column map is given; without one, columns map by name.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    [YamlDotNet.Serialization.YamlIgnore]
    public bool HasColumnMap => Columns.Count > 0;

    /// <summary>A name as mapping compares it: lower case, letters and digits only (<c>Hazard_Type</c> → <c>hazardtype</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The normalized name.</returns>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>The geometry columns of a CSV file or sheet.</summary>
    public sealed record GeometryColumns
    {
        /// <summary>The column of WKT text.</summary>
        public string? Wkt { get; init; }

        /// <summary>The longitude or easting column.</summary>
        public string? X { get; init; }

        /// <summary>The latitude or northing column.</summary>
        public string? Y { get; init; }
    }
}
