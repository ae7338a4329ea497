namespace Homeward.Geo.Overlay;

/// <summary>Turns the per-asset answers into an <see cref="OverlayResult"/>: the sort orders, and the inverse view with people.</summary>
internal static class OverlaySummary
{
    public static OverlayResult Build(
        OverlayParameters parameters, IndexedHazard[] hazards, (BlockedAsset Asset, int[] Hazards)[] results, OverlayStatistics statistics)
    {
        var byHazard = new List<Blockage>[hazards.Length];
        var keptFromHome = new long[hazards.Length];
        var nearby = new long[hazards.Length];
        var freed = new long[hazards.Length];
        var unknown = new int[hazards.Length];
        for (var h = 0; h < hazards.Length; h++)
        {
            byHazard[h] = [];
        }

        foreach (var (asset, indexes) in results)
        {
            for (var i = 0; i < indexes.Length; i++)
            {
                byHazard[indexes[i]].Add(asset.Blockages[i]);
            }

            if (asset.Shape != AssetShape.Point || indexes.Length == 0)
            {
                continue;
            }

            if (asset.Asset.Population is not { } population)
            {
                foreach (var h in indexes)
                {
                    unknown[h]++;
                }

                continue;
            }

            // Whole people, split evenly; the remainder goes one each to the nearest hazards (the blockages are nearest
            // first, ties by code), so the shares add up to the population exactly and never depend on input order.
            var share = population / indexes.Length;
            var remainder = population % indexes.Length;
            for (var i = 0; i < indexes.Length; i++)
            {
                keptFromHome[indexes[i]] += share + (i < remainder ? 1 : 0);
                nearby[indexes[i]] += population;
            }

            if (indexes.Length == 1)
            {
                freed[indexes[0]] += population;
            }
        }

        var hazardViews = new HazardBlockage[hazards.Length];
        for (var h = 0; h < hazards.Length; h++)
        {
            var blockages = byHazard[h];
            blockages.Sort(static (a, b) =>
            {
                var byAmount = a.Shape == AssetShape.Point && b.Shape == AssetShape.Point
                    ? a.DistanceMetres!.Value.CompareTo(b.DistanceMetres!.Value)
                    : ShapeRank(a.Shape) != ShapeRank(b.Shape) ? ShapeRank(a.Shape).CompareTo(ShapeRank(b.Shape))
                    : b.Amount.CompareTo(a.Amount);
                return byAmount != 0 ? byAmount : string.CompareOrdinal(a.AssetId, b.AssetId);
            });
            hazardViews[h] = new HazardBlockage(
                hazards[h].Source,
                hazards[h].AreaSquareMetres,
                blockages,
                blockages.Sum(b => b.BlockedSquareMetres ?? 0),
                blockages.Sum(b => b.BlockedMetres ?? 0),
                blockages.Count(b => b.Shape == AssetShape.Point),
                nearby[h],
                keptFromHome[h],
                freed[h],
                unknown[h]);
        }

        var assets = results.Select(r => r.Asset).ToList();
        assets.Sort(CompareAssets);
        var hazardList = hazardViews.ToList();
        hazardList.Sort(static (a, b) =>
        {
            var c = b.PeopleKeptFromHome.CompareTo(a.PeopleKeptFromHome);
            c = c != 0 ? c : b.BlockedSquareMetres.CompareTo(a.BlockedSquareMetres);
            c = c != 0 ? c : b.BlockedMetres.CompareTo(a.BlockedMetres);
            c = c != 0 ? c : b.PointsBlocked.CompareTo(a.PointsBlocked);
            return c != 0 ? c : string.CompareOrdinal(a.Hazard.Code, b.Hazard.Code);
        });
        return new OverlayResult(parameters, assets, hazardList, statistics);
    }

    private static int CompareAssets(BlockedAsset a, BlockedAsset b)
    {
        var c = b.IsBlocked.CompareTo(a.IsBlocked);
        c = c != 0 ? c : ShapeRank(a.Shape).CompareTo(ShapeRank(b.Shape));
        if (c == 0 && a.IsBlocked)
        {
            c = a.Shape switch
            {
                AssetShape.Polygon => (b.BlockedSquareMetres ?? 0).CompareTo(a.BlockedSquareMetres ?? 0),
                AssetShape.Line => (b.BlockedMetres ?? 0).CompareTo(a.BlockedMetres ?? 0),
                _ => (b.Asset.Population ?? -1).CompareTo(a.Asset.Population ?? -1) is var p && p != 0
                    ? p
                    : b.BlockingHazardsSquareMetres.CompareTo(a.BlockingHazardsSquareMetres),
            };
        }

        return c != 0 ? c : string.CompareOrdinal(a.Asset.Id, b.Asset.Id);
    }

    private static int ShapeRank(AssetShape shape) => shape switch
    {
        AssetShape.Polygon => 0,
        AssetShape.Line => 1,
        _ => 2,
    };
}
