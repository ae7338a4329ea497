namespace Homeward.Domain.Summary;

/// <summary>The national summary of mine action: what remains, what was released, what was found.</summary>
/// <param name="AsOf">The instant it describes (UTC), or <see langword="null"/> for the current state.</param>
/// <param name="DataVersion">The data version it was computed from.</param>
/// <param name="ContainsSyntheticData">Whether any object counted is synthetic demonstration data.</param>
/// <param name="HazardousAreasRecorded">Every hazardous area recorded, whatever its status (the features of the hazardous_areas layer).</param>
/// <param name="Districts">Remaining hazardous areas by district, in district-code order.</param>
/// <param name="Released">Released land by year and outcome.</param>
/// <param name="Devices">Devices found by category, most first.</param>
public sealed record NationalSummary(
    DateTimeOffset? AsOf,
    long DataVersion,
    bool ContainsSyntheticData,
    int HazardousAreasRecorded,
    IReadOnlyList<DistrictHazards> Districts,
    IReadOnlyList<ReleasedByYear> Released,
    IReadOnlyList<DevicesByCategory> Devices)
{
    /// <summary>Open and in-progress hazardous areas, SHA and CHA.</summary>
    public int HazardousAreaCount => Districts.Sum(d => d.SuspectedCount + d.ConfirmedCount);

    /// <summary>Square metres not yet released.</summary>
    public double RemainingSquareMetres => Districts.Sum(d => d.RemainingSquareMetres);

    /// <summary>Square metres released, all outcomes and years.</summary>
    public double ReleasedSquareMetres => Released.Sum(r => r.SquareMetres);
}
