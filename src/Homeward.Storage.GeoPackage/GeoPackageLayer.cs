namespace Homeward.Storage.GeoPackage;

/// <summary>A feature layer of a standalone GeoPackage written by <see cref="GeoPackageFeatureFile"/>.</summary>
/// <param name="Name">The table name: letters, digits and underscores, starting with a letter.</param>
/// <param name="Srid">The EPSG code of its SRS: 4326 or a WGS 84 / UTM zone (32601–32660, 32701–32760).</param>
/// <param name="GeometryType">The GeoPackage geometry type name: <c>POINT</c>, <c>LINESTRING</c>, <c>POLYGON</c> or <c>GEOMETRY</c>.</param>
/// <param name="Description">What the layer holds, for <c>gpkg_contents</c>.</param>
/// <param name="Features">The features; the columns are the attribute names of the first feature that has each.</param>
public sealed record GeoPackageLayer(string Name, int Srid, string GeometryType, string Description, IReadOnlyList<GeoPackageFeature> Features);
