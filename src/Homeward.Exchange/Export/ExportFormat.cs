namespace Homeward.Exchange.Export;

/// <summary>The file formats a layer can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>GeoJSON (RFC 7946), one FeatureCollection.</summary>
    GeoJson,

    /// <summary>A GeoPackage 1.3 feature (or attributes) table with an R-tree spatial index.</summary>
    GeoPackage,

    /// <summary>An Esri Shapefile (.shp, .shx, .dbf, .prj, .cpg) per geometry type.</summary>
    Shapefile,

    /// <summary>CSV (RFC 4180) with a WKT geometry column, plus longitude and latitude for points.</summary>
    Csv,

    /// <summary>An Excel workbook (Office Open XML) with typed cells and a WKT geometry column.</summary>
    Xlsx,
}
