using Homeward.Geo.Overlay;

namespace Homeward.Cli.Blocked;

/// <summary>What <c>homeward blocked</c> computed, with what it needs to say about it; the source of every output form.</summary>
internal sealed record BlockedReport(
    long DataVersion,
    string Layer,
    double RadiusMetres,
    bool ContainsSyntheticData,
    int HazardsConsidered,
    OverlayResult Result)
{
    public IReadOnlyDictionary<string, OverlayAsset> AssetsById { get; } =
        Result.Assets.ToDictionary(a => a.Asset.Id, a => a.Asset, StringComparer.Ordinal);

    /// <summary>The JSON form of the asset view.</summary>
    public object AssetsJson() => new
    {
        DataVersion,
        Layer,
        RadiusMetres,
        ContainsSyntheticData,
        HazardsConsidered,
        AssetCount = Result.Assets.Count,
        BlockedAssetCount = Result.BlockedAssetCount,
        Result.PeopleKeptFromHome,
        Result.Statistics,
        Assets = Result.Assets.Select(AssetJson),
    };

    /// <summary>The JSON form of the hazard view.</summary>
    public object HazardsJson() => new
    {
        DataVersion,
        Layer,
        RadiusMetres,
        ContainsSyntheticData,
        HazardsConsidered,
        AssetCount = Result.Assets.Count,
        BlockedAssetCount = Result.BlockedAssetCount,
        Result.PeopleKeptFromHome,
        Result.Statistics,
        Hazards = Result.Hazards.Select(HazardJson),
    };

    public static object AssetJson(BlockedAsset a) => new
    {
        a.Asset.Id,
        a.Asset.Label,
        a.Shape,
        a.Asset.Population,
        a.AreaSquareMetres,
        a.LengthMetres,
        Blocked = a.IsBlocked,
        a.BlockedSquareMetres,
        a.BlockedMetres,
        a.Share,
        a.BlockingHazardsSquareMetres,
        Hazards = a.Blockages.Select(b => new
        {
            Code = b.HazardCode,
            SquareMetres = b.BlockedSquareMetres,
            Metres = b.BlockedMetres,
            b.DistanceMetres,
            b.Share,
            b.WhollyInside,
            b.HazardAreaSquareMetres,
        }),
    };

    public object HazardJson(HazardBlockage h) => new
    {
        h.Hazard.Code,
        h.Hazard.Name,
        h.Hazard.Status,
        h.AreaSquareMetres,
        AssetsBlocked = h.Blockages.Count,
        h.BlockedSquareMetres,
        h.BlockedMetres,
        h.PointsBlocked,
        h.PeopleKeptFromHome,
        h.PeopleFreedIfCleared,
        h.PopulationNearby,
        h.PointsWithUnknownPopulation,
        Assets = h.Blockages.Select(b => new
        {
            Id = b.AssetId,
            AssetsById[b.AssetId].Label,
            b.Shape,
            SquareMetres = b.BlockedSquareMetres,
            Metres = b.BlockedMetres,
            b.DistanceMetres,
            b.Share,
            b.WhollyInside,
        }),
    };
}
