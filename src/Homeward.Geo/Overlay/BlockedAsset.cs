namespace Homeward.Geo.Overlay;

/// <summary>
/// One asset and every uncleared hazard that blocks it, with totals measured in the deployment's UTM zone (EPSG:32638 for
/// Karabakh). Immutable.
/// </summary>
/// <param name="Asset">The asset.</param>
/// <param name="Shape">Its shape.</param>
/// <param name="AreaSquareMetres">For polygons, the asset's area in m²; else <see langword="null"/>.</param>
/// <param name="LengthMetres">For lines, the asset's length in m; else <see langword="null"/>.</param>
/// <param name="Blockages">The hazards blocking it, largest blocked amount first (for points: nearest first), then by code;
/// empty when nothing blocks it.</param>
/// <param name="BlockedSquareMetres">For polygons, the area of the asset inside any blocking hazard in m² (overlapping hazards
/// counted once); else <see langword="null"/>.</param>
/// <param name="BlockedMetres">For lines, the length of the asset inside any blocking hazard in m; else <see langword="null"/>.</param>
/// <param name="Share">The blocked share, 0 to 1: <paramref name="BlockedSquareMetres"/> ÷ area, <paramref name="BlockedMetres"/>
/// ÷ length, and 1 for a blocked point.</param>
/// <param name="BlockingHazardsSquareMetres">The area of the union of the blocking hazards in m²: what has to be released to
/// free the asset entirely; 0 when nothing blocks it.</param>
public sealed record BlockedAsset(
    OverlayAsset Asset,
    AssetShape Shape,
    double? AreaSquareMetres,
    double? LengthMetres,
    IReadOnlyList<Blockage> Blockages,
    double? BlockedSquareMetres,
    double? BlockedMetres,
    double Share,
    double BlockingHazardsSquareMetres)
{
    /// <summary>Whether any hazard blocks the asset.</summary>
    public bool IsBlocked => Blockages.Count > 0;
}
