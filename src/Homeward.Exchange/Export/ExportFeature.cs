using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Export;

/// <summary>One row of an exported layer.</summary>
/// <param name="Geometry">The geometry in EPSG:4326 (X = longitude, Y = latitude), or <see langword="null"/> when there is none.</param>
/// <param name="Values">
/// The attribute values in the order of <see cref="ExportLayerSchema.Fields"/>: <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/> or <see cref="DateOnly"/> as the field's type says, or <see langword="null"/>.
/// </param>
public sealed record ExportFeature(Geometry? Geometry, IReadOnlyList<object?> Values);
