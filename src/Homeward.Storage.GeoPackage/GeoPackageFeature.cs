using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage;

/// <summary>One feature of a <see cref="GeoPackageLayer"/>: a geometry in the layer's SRS and its attributes.</summary>
/// <param name="Geometry">The geometry (X = longitude or easting, Y = latitude or northing), stored in two dimensions.</param>
/// <param name="Attributes">The attributes by column name: <see cref="string"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or <see langword="null"/>.</param>
public sealed record GeoPackageFeature(Geometry Geometry, IReadOnlyList<KeyValuePair<string, object?>> Attributes);
