namespace Homeward.Exchange.Import;

/// <summary>The file formats <see cref="SourceFiles"/> reads.</summary>
public enum SourceFormat
{
    /// <summary>GeoJSON (RFC 7946, or the 2008 form with a <c>crs</c> member), read one feature at a time.</summary>
    GeoJson,

    /// <summary>An OGC GeoPackage: one feature table (layer).</summary>
    GeoPackage,

    /// <summary>An Esri shapefile: a <c>.shp</c>, a folder or a <c>.zip</c>, with its <c>.dbf</c>, <c>.prj</c> and <c>.cpg</c>.</summary>
    Shapefile,

    /// <summary>KML 2.2 placemarks.</summary>
    Kml,

    /// <summary>Comma-, semicolon- or tab-separated text (RFC 4180 quoting) with a header row.</summary>
    Csv,

    /// <summary>An Excel workbook (Office Open XML): one sheet with a header row.</summary>
    Xlsx,
}
