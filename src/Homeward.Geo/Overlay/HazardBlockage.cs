namespace Homeward.Geo.Overlay;

/// <summary>
/// The inverse view: one uncleared hazard and everything it blocks, with the people it keeps from home. Measures in the
/// deployment's UTM zone (EPSG:32638 for Karabakh). Immutable.
/// </summary>
/// <param name="Hazard">The hazard.</param>
/// <param name="AreaSquareMetres">The hazard's area in m².</param>
/// <param name="Blockages">What it blocks, largest blocked amount first, then by asset id.</param>
/// <param name="BlockedSquareMetres">The sum of its blocked areas over polygon assets, in m².</param>
/// <param name="BlockedMetres">The sum of its blocked lengths over line assets, in m.</param>
/// <param name="PointsBlocked">How many point assets it blocks.</param>
/// <param name="PopulationNearby">
/// The whole population of every point asset it blocks. A settlement blocked by three hazards counts fully for each of them,
/// so this does not add up across hazards.
/// </param>
/// <param name="PeopleKeptFromHome">
/// Its share of the people of the point assets it blocks: each blocked settlement's population is split evenly among the
/// hazards blocking it, whole people, the remainder going one by one to the nearest hazards (ties by code). Summed over all
/// hazards it gives each blocked person exactly once.
/// </param>
/// <param name="PeopleFreedIfCleared">The population of the point assets that only this hazard blocks: who could go home if
/// this one hazard were released.</param>
/// <param name="PointsWithUnknownPopulation">How many of the point assets it blocks have no known population (counted as 0).</param>
public sealed record HazardBlockage(
    OverlayHazard Hazard,
    double AreaSquareMetres,
    IReadOnlyList<Blockage> Blockages,
    double BlockedSquareMetres,
    double BlockedMetres,
    int PointsBlocked,
    long PopulationNearby,
    long PeopleKeptFromHome,
    long PeopleFreedIfCleared,
    int PointsWithUnknownPopulation);
