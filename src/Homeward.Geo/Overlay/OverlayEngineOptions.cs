namespace Homeward.Geo.Overlay;

/// <summary>How an <see cref="OverlayEngine"/> prepares its hazards. Immutable.</summary>
/// <param name="SubdivideAboveVertices">
/// Hazards with more vertices than this are subdivided into grid cells for the spatial index and the predicates (the role
/// PostGIS's <c>ST_Subdivide</c>, default 256 vertices, plays there); at least 8. Measured areas and lengths never come from
/// the cells, so they do not depend on it.
/// </param>
/// <param name="UtmZone">The WGS 84 / UTM zone areas and lengths are measured in, 1 to 60: 38 (EPSG:32638) for Karabakh.</param>
/// <param name="North">Whether the zone is the northern hemisphere's (EPSG:326zz) rather than the southern (EPSG:327zz).</param>
/// <param name="DegreeOfParallelism">How many threads prepare the hazards, at least 1.</param>
public sealed record OverlayEngineOptions(int SubdivideAboveVertices = 256, int UtmZone = 38, bool North = true, int DegreeOfParallelism = 2)
{
    /// <summary>The defaults: subdivide above 256 vertices, UTM zone 38N, two threads.</summary>
    public static OverlayEngineOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(SubdivideAboveVertices, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(UtmZone, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(UtmZone, 60);
        ArgumentOutOfRangeException.ThrowIfLessThan(DegreeOfParallelism, 1);
    }
}
