namespace Homeward.Geo.Overlay;

/// <summary>
/// What blocks what in one layer of assets: every asset with its blocking hazards, and every hazard with what it blocks.
/// A pure function of the hazards, the assets and the <see cref="OverlayParameters"/>; immutable, so one result may be
/// cached and shared between threads.
/// </summary>
/// <param name="Parameters">The parameters it was computed with.</param>
/// <param name="Assets">Every asset, blocked ones first: polygons by blocked area, lines by blocked length, points by population
/// and then by the area of their blocking hazards, each largest first; unblocked ones last, each group by id.</param>
/// <param name="Hazards">Every uncleared hazard considered, those keeping most people from home first, then by blocked area,
/// blocked length and code.</param>
/// <param name="Statistics">How many pairs took which path.</param>
public sealed record OverlayResult(
    OverlayParameters Parameters,
    IReadOnlyList<BlockedAsset> Assets,
    IReadOnlyList<HazardBlockage> Hazards,
    OverlayStatistics Statistics)
{
    /// <summary>How many assets at least one hazard blocks.</summary>
    public int BlockedAssetCount => Assets.Count(a => a.IsBlocked);

    /// <summary>Everyone living at a blocked point asset, each counted once.</summary>
    public long PeopleKeptFromHome => Hazards.Sum(h => h.PeopleKeptFromHome);
}
