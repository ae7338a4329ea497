namespace Homeward.Geo.Overlay;

/// <summary>How an overlay found its answer: how many asset–hazard pairs took which path. Immutable.</summary>
/// <param name="CandidatePairs">Pairs the R-tree proposed (a subdivided hazard counts once per asset).</param>
/// <param name="WhollyInsidePairs">Pairs settled by the containment shortcut: the asset lies inside the hazard, so the blocked
/// amount is the asset's own area or length, with no overlay.</param>
/// <param name="InsideCellPairs">Of <paramref name="WhollyInsidePairs"/>, those settled by an inside cell of a subdivided hazard,
/// with no geometry test at all.</param>
/// <param name="HazardInsidePairs">Pairs where the hazard lies inside a polygon asset, so the blocked area is the hazard's.</param>
/// <param name="OverlayPairs">Pairs whose boundaries cross, measured by an OverlayNG intersection.</param>
/// <param name="BlockedPairs">Pairs that block: a positive area or length, or a point within the radius.</param>
/// <param name="IndexEntries">The R-tree's entries: one per small hazard, and the boundary cells and runs of inside cells of each
/// subdivided one.</param>
public sealed record OverlayStatistics(
    long CandidatePairs,
    long WhollyInsidePairs,
    long InsideCellPairs,
    long HazardInsidePairs,
    long OverlayPairs,
    long BlockedPairs,
    int IndexEntries);
