using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>The header of a GeoPackage geometry blob (GeoPackage 1.3, clause 2.1.3).</summary>
/// <param name="Length">The header's length in bytes; the WKB starts there.</param>
/// <param name="IsEmpty">Whether the empty-geometry flag is set.</param>
/// <param name="SrsId">The spatial reference system of the geometry.</param>
/// <param name="Envelope">The X/Y envelope the header carries, or <see langword="null"/> when it has none.</param>
internal readonly record struct GeoPackageBlobHeader(int Length, bool IsEmpty, int SrsId, Envelope? Envelope);
