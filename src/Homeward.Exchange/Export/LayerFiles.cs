using Homeward.Domain;

namespace Homeward.Exchange.Export;

/// <summary>Opens the writer of a format, and reads back the formats Homeward promises to round-trip (GeoJSON, GeoPackage).</summary>
public static class LayerFiles
{
    /// <summary>Opens a writer.</summary>
    /// <param name="format">The format.</param>
    /// <param name="path">The file (for a shapefile, the <c>.shp</c>).</param>
    /// <param name="schema">The layer.</param>
    /// <param name="isPublic">Whether the file is marked public (GeoJSON says so in a top-level member).</param>
    /// <returns>The writer.</returns>
    /// <exception cref="IOException">The file cannot be created.</exception>
    public static ILayerWriter Open(ExportFormat format, string path, ExportLayerSchema schema, bool isPublic = false) => format switch
    {
        ExportFormat.GeoJson => new GeoJsonLayerWriter(path, schema, [new("homewardAccess", isPublic ? "public" : "restricted")]),
        ExportFormat.GeoPackage => new GeoPackageLayerWriter(path, schema),
        ExportFormat.Shapefile => new ShapefileLayerWriter(path, schema),
        ExportFormat.Csv => new CsvLayerWriter(path, schema),
        ExportFormat.Xlsx => new XlsxLayerWriter(path, schema),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
    };

    /// <summary>Parses a format name: <c>geojson</c>, <c>gpkg</c>, <c>shp</c>, <c>csv</c> or <c>xlsx</c>.</summary>
    /// <param name="name">The name, compared without regard to case.</param>
    /// <param name="format">The format.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseFormat(string name, out ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        ExportFormat? found = name.ToLowerInvariant() switch
        {
            "geojson" or "json" => ExportFormat.GeoJson,
            "gpkg" or "geopackage" => ExportFormat.GeoPackage,
            "shp" or "shapefile" => ExportFormat.Shapefile,
            "csv" => ExportFormat.Csv,
            "xlsx" => ExportFormat.Xlsx,
            _ => null,
        };
        format = found ?? default;
        return found is not null;
    }

    /// <summary>Reads the features of an exported file back, with values typed by <paramref name="schema"/>.</summary>
    /// <param name="format"><see cref="ExportFormat.GeoJson"/> or <see cref="ExportFormat.GeoPackage"/>.</param>
    /// <param name="path">The file.</param>
    /// <param name="schema">The layer the file was written with; columns are found by name.</param>
    /// <returns>The features, in file order.</returns>
    /// <exception cref="FormatException">The file is not a layer of that schema.</exception>
    public static IReadOnlyList<ExportFeature> ReadBack(ExportFormat format, string path, ExportLayerSchema schema) => format switch
    {
        ExportFormat.GeoJson => GeoJsonLayerReader.Read(path, schema),
        ExportFormat.GeoPackage => [.. GeoPackageLayerReader.Read(path, schema.Name, schema)],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Only GeoJSON and GeoPackage are read back."),
    };

    /// <summary>The usual file extension of a format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The extension with its dot.</returns>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.GeoJson => ".geojson",
        ExportFormat.GeoPackage => ".gpkg",
        ExportFormat.Shapefile => ".shp",
        ExportFormat.Csv => ".csv",
        _ => ".xlsx",
    };

    /// <summary>Whether a format keeps geometry of a layer of this shape (every format does; CSV and XLSX as WKT text).</summary>
    /// <param name="shape">The shape.</param>
    /// <returns>Whether the layer has geometry to write.</returns>
    public static bool HasGeometry(GeometryShape shape) => shape != GeometryShape.None;
}
