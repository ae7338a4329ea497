namespace Homeward.Exchange.Import;

/// <summary>Opens a source file with the reader its format needs, told by its extension (or, for a folder, a shapefile in it).</summary>
public static class SourceFiles
{
    /// <summary>The formats by extension.</summary>
    public static IReadOnlyDictionary<string, SourceFormat> Extensions { get; } = new Dictionary<string, SourceFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".geojson"] = SourceFormat.GeoJson,
        [".json"] = SourceFormat.GeoJson,
        [".gpkg"] = SourceFormat.GeoPackage,
        [".shp"] = SourceFormat.Shapefile,
        [".zip"] = SourceFormat.Shapefile,
        [".kml"] = SourceFormat.Kml,
        [".csv"] = SourceFormat.Csv,
        [".txt"] = SourceFormat.Csv,
        [".tsv"] = SourceFormat.Csv,
        [".xlsx"] = SourceFormat.Xlsx,
    };

    /// <summary>Opens a source.</summary>
    /// <param name="path">A file, or a folder holding a shapefile.</param>
    /// <param name="options">The layer, encoding and geometry columns.</param>
    /// <param name="reader">The reader.</param>
    /// <param name="error">Why the source cannot be opened.</param>
    /// <returns>Whether it opened.</returns>
    public static bool TryOpen(string path, SourceOptions options, out SourceReader? reader, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        reader = null;
        error = null;
        if (Directory.Exists(path))
        {
            var opened = ShapefileSourceReader.TryOpen(path, options.Layer, options.Encoding, out var shapefile, out error);
            reader = shapefile;
            return opened;
        }

        if (!File.Exists(path))
        {
            error = $"there is no file {path}.";
            return false;
        }

        if (!Extensions.TryGetValue(Path.GetExtension(path), out var format))
        {
            error = $"'{Path.GetExtension(path)}' is not a format Homeward imports; use one of {string.Join(", ", Extensions.Keys)} (or a folder holding a shapefile).";
            return false;
        }

        try
        {
            switch (format)
            {
                case SourceFormat.GeoJson:
                    reader = new GeoJsonSourceReader(path);
                    return true;
                case SourceFormat.Kml:
                    reader = new KmlSourceReader(path);
                    return true;
                case SourceFormat.Csv:
                    reader = new CsvSourceReader(path, options.Encoding, options.Geometry);
                    return true;
                case SourceFormat.GeoPackage:
                    var gpkg = GeoPackageSourceReader.TryOpen(path, options.Layer, out var geoPackage, out error);
                    reader = geoPackage;
                    return gpkg;
                case SourceFormat.Xlsx:
                    var xlsx = XlsxSourceReader.TryOpen(path, options.Layer, options.Geometry, out var workbook, out error);
                    reader = workbook;
                    return xlsx;
                default:
                    var shp = ShapefileSourceReader.TryOpen(path, options.Layer, options.Encoding, out var shapefile, out error);
                    reader = shapefile;
                    return shp;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"{path} cannot be read: {ex.Message}";
            return false;
        }
    }
}
