using System.Text;

namespace Homeward.Exchange.Import;

/// <summary>How to open a source file.</summary>
public sealed record SourceOptions
{
    /// <summary>The GeoPackage table, shapefile or sheet to read, when the file holds several.</summary>
    public string? Layer { get; init; }

    /// <summary>The text encoding of CSV files and shapefile attributes, overriding what the file says; <see langword="null"/> to use it.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The geometry columns and CRS of CSV files and sheets, or <see langword="null"/> to find the columns by name.</summary>
    public TabularGeometry? Geometry { get; init; }

    /// <summary>The options a mapping gives: its geometry columns and CRS.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="layer">The layer or sheet, or <see langword="null"/>.</param>
    /// <param name="encoding">The encoding, or <see langword="null"/> to use what the file says.</param>
    /// <returns>The options.</returns>
    public static SourceOptions For(ImportMapping mapping, string? layer = null, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        int? srid = mapping.Crs is { } crs && CrsNames.TryParseUrn(crs, out var parsed) ? parsed : null;
        return new SourceOptions
        {
            Layer = layer,
            Encoding = encoding,
            Geometry = new TabularGeometry(mapping.Geometry?.Wkt, mapping.Geometry?.X, mapping.Geometry?.Y, srid),
        };
    }
}
