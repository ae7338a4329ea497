namespace Homeward.Demo.Region;

/// <summary>The real input of the demo: districts and settlements, in file order.</summary>
/// <param name="Districts">The 78 districts and cities.</param>
/// <param name="Settlements">The 233 settlements.</param>
internal sealed record RegionData(IReadOnlyList<DistrictRecord> Districts, IReadOnlyList<SettlementRecord> Settlements)
{
    /// <summary>The liberated districts of Karabakh, in file order.</summary>
    public IReadOnlyList<DistrictRecord> FocusDistricts { get; } = [.. Districts.Where(d => d.IsFocus)];
}
