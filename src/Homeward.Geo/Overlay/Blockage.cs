namespace Homeward.Geo.Overlay;

/// <summary>
/// One uncleared hazard blocking one asset, measured in the deployment's UTM zone (EPSG:32638 for Karabakh). Immutable.
/// </summary>
/// <param name="AssetId">The asset's <see cref="OverlayAsset.Id"/>.</param>
/// <param name="HazardCode">The hazard's <see cref="OverlayHazard.Code"/>.</param>
/// <param name="Shape">The asset's shape, which says which measure is set.</param>
/// <param name="BlockedSquareMetres">For polygon assets, the area of asset ∩ hazard in m²; else <see langword="null"/>.</param>
/// <param name="BlockedMetres">For line assets, the length of asset ∩ hazard in m (stretches along the hazard's edge count);
/// else <see langword="null"/>.</param>
/// <param name="DistanceMetres">For point assets, the distance from the point to the hazard in m on the WGS 84 ellipsoid
/// (0 when inside or on the edge); else <see langword="null"/>.</param>
/// <param name="Share">The blocked share of the asset, 0 to 1: blocked area ÷ asset area, blocked length ÷ asset length, and 1 for a
/// blocked point.</param>
/// <param name="WhollyInside">Whether the asset lies wholly inside the hazard (found by the containment shortcut, or a point
/// inside it).</param>
/// <param name="HazardAreaSquareMetres">The hazard's whole area in m²: what has to be released to lift this blockage.</param>
public sealed record Blockage(
    string AssetId,
    string HazardCode,
    AssetShape Shape,
    double? BlockedSquareMetres,
    double? BlockedMetres,
    double? DistanceMetres,
    double Share,
    bool WhollyInside,
    double HazardAreaSquareMetres)
{
    /// <summary>The blocked amount in the asset's own unit: m² for polygons, m for lines, 1 for points.</summary>
    public double Amount => BlockedSquareMetres ?? BlockedMetres ?? 1;
}
