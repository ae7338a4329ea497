using NetTopologySuite.Geometries;

namespace Homeward.Geo.GeoPackage;

/// <summary>The header of a GeoPackage geometry blob (GeoPackage 1.3, clause 2.1.3).</summary>
/// <param name="Length">The header's length in bytes; the WKB starts there.</param>
/// <param name="IsEmpty">Whether the empty-geometry flag is set.</param>
/// <param name="SrsId">The <c>srs_id</c> the header names (the layer's spatial reference system).</param>
/// <param name="Envelope">
/// The X/Y envelope the header carries, in the units of <paramref name="SrsId"/> (X = longitude or easting,
/// Y = latitude or northing), or <see langword="null"/> when it has none. Z and M ranges are not kept.
/// </param>
public readonly record struct GeoPackageGeometryHeader(int Length, bool IsEmpty, int SrsId, Envelope? Envelope);
