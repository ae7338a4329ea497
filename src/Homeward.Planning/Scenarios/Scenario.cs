using Homeward.Planning.Model;
using Homeward.Planning.Plans;

namespace Homeward.Planning.Scenarios;

/// <summary>A named, versioned plan: its assumptions and what it gave.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Version">Its version, from 1.</param>
/// <param name="SavedAt">When it was saved.</param>
/// <param name="SavedBy">Who saved it.</param>
/// <param name="Assumptions">The assumptions.</param>
/// <param name="Settlements">The safe date of every settlement.</param>
public sealed record Scenario(
    string Name,
    int Version,
    DateTimeOffset SavedAt,
    string SavedBy,
    PlanningAssumptions Assumptions,
    IReadOnlyList<SettlementDate> Settlements)
{
    /// <summary>The store's data version the plan was made from.</summary>
    public long DataVersion { get; init; }

    /// <summary>The instant of the data planned from (null: the state when saved).</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The objective of the plan.</summary>
    public long Objective { get; init; }

    /// <summary>CP-SAT's proven bound.</summary>
    public long Bound { get; init; }

    /// <summary>The priority-rule baseline's objective.</summary>
    public long BaselineObjective { get; init; }

    /// <summary>People-weighted days until safe.</summary>
    public double PeopleWeightedDays { get; init; }

    /// <summary>When the last package ends.</summary>
    public DateOnly Completion { get; init; }

    /// <summary>Whether the plan was made on synthetic demonstration data.</summary>
    public bool ContainsSyntheticData { get; init; }

    /// <summary>The scenario record of a plan.</summary>
    public static Scenario Of(string name, int version, DateTimeOffset savedAt, string savedBy, ClearancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Scenario(name, version, savedAt, savedBy, plan.Model.Assumptions, plan.Settlements)
        {
            DataVersion = plan.Model.DataVersion,
            AsOf = plan.Model.AsOf,
            Objective = plan.Schedule.Objective,
            Bound = plan.Schedule.Bound,
            BaselineObjective = plan.Baseline.Objective,
            PeopleWeightedDays = plan.PeopleWeightedDays,
            Completion = plan.Completion,
            ContainsSyntheticData = plan.Model.ContainsSyntheticData,
        };
    }
}
