using NetTopologySuite.Geometries;

namespace Homeward.Records.Output;

/// <summary>One feature of a digitized minefield, ready for a GIS file: its layer, geometry and attributes.</summary>
/// <param name="Layer">The layer: <c>perimeter</c>, <c>uncertainty_zone</c>, <c>rows</c> or <c>points</c>.</param>
/// <param name="Geometry">The geometry, in the SRID the features were asked for (EPSG:4326 or the UTM zone).</param>
/// <param name="Properties">The attributes by name, in a fixed order: texts, numbers (double or int) or <see langword="null"/>.</param>
public sealed record MinefieldFeature(string Layer, Geometry Geometry, IReadOnlyList<KeyValuePair<string, object?>> Properties);
