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
}
