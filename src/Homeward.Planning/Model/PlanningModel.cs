namespace Homeward.Planning.Model;

/// <summary>The planning model: work packages, teams and settlements, with the assumptions they were built under.</summary>
/// <param name="Assumptions">The assumptions.</param>
/// <param name="Packages">The work packages.</param>
/// <param name="Teams">The teams, recorded and hypothetical.</param>
/// <param name="Settlements">The settlements, blocked or not.</param>
public sealed record PlanningModel(
    PlanningAssumptions Assumptions,
    IReadOnlyList<WorkPackage> Packages,
    IReadOnlyList<PlanningTeam> Teams,
    IReadOnlyList<SettlementTarget> Settlements)
{
    /// <summary>The instant of the data the model was built from (null: the current state).</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The store's data version when the model was built.</summary>
    public long DataVersion { get; init; }

    /// <summary>Whether any hazard, team or settlement used is synthetic (demo data).</summary>
    public bool ContainsSyntheticData { get; init; }

    /// <summary>The uncleared area the packages start from (what remains, before survey).</summary>
    public double RemainingSquareMetres => Packages.Sum(p => p.ReleasesSquareMetres);
}
