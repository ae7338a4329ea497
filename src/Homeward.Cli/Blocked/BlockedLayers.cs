using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Storage;
using Homeward.Geo.Overlay;

namespace Homeward.Cli.Blocked;

/// <summary>Reads the overlay's inputs from a store: the hazards, and the asset layers the store holds.</summary>
internal static class BlockedLayers
{
    /// <summary>The layer names <c>--assets</c> takes besides a file.</summary>
    public const string Settlements = "settlements";

    /// <summary>See <see cref="Settlements"/>.</summary>
    public const string Roads = "roads";

    /// <summary>Every recorded hazardous area (the engine keeps the uncleared ones), and whether any is synthetic.</summary>
    public static async Task<(IReadOnlyList<OverlayHazard> Hazards, bool Synthetic)> HazardsAsync(IHomewardStore store, CancellationToken cancellationToken)
    {
        var hazards = new List<OverlayHazard>();
        var synthetic = false;
        await foreach (var stored in store.ListAsync(ObjectKind.HazardousArea, null, cancellationToken))
        {
            var hazard = (HazardousArea)stored.State;
            synthetic |= hazard.IsSynthetic && hazard.Status is HazardStatus.Open or HazardStatus.InProgress;
            hazards.Add(OverlayHazard.From(hazard));
        }

        return (hazards, synthetic);
    }

    /// <summary>The settlements as point assets: code as id, English name as label, population before displacement.</summary>
    public static async Task<(IReadOnlyList<OverlayAsset> Assets, bool Synthetic, int WithoutGeometry)> SettlementsAsync(
        IHomewardStore store, CancellationToken cancellationToken)
    {
        var assets = new List<OverlayAsset>();
        var synthetic = false;
        var withoutGeometry = 0;
        await foreach (var stored in store.ListAsync(ObjectKind.Settlement, null, cancellationToken))
        {
            var settlement = (Settlement)stored.State;
            if (settlement.Geometry is not { IsEmpty: false } geometry)
            {
                withoutGeometry++;
                continue;
            }

            synthetic |= settlement.IsSynthetic;
            assets.Add(new OverlayAsset(settlement.Code, settlement.Name.En, geometry) { Population = settlement.PopulationBefore });
        }

        return (assets, synthetic, withoutGeometry);
    }
}
