using Homeward.Planning.Model;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Plans;

/// <summary>
/// A clearance plan: who does which package when, when each settlement is safe, and how it compares with the
/// national priority rules.
/// </summary>
/// <param name="Model">The model planned.</param>
/// <param name="Problem">The scheduling problem it became.</param>
/// <param name="Schedule">The chosen schedule (CP-SAT's, or the heuristic's when CP-SAT found nothing better).</param>
/// <param name="Baseline">The schedule following the national priority rules.</param>
/// <param name="Assignments">Package-to-team assignments in start order.</param>
/// <param name="Settlements">Safe dates per settlement.</param>
public sealed record ClearancePlan(
    PlanningModel Model,
    SchedulingProblem Problem,
    Schedule Schedule,
    Schedule Baseline,
    IReadOnlyList<PlannedAssignment> Assignments,
    IReadOnlyList<SettlementDate> Settlements)
{
    /// <summary>
    /// People-weighted days under the plan: every person waiting on a hazard counted with the calendar days from the
    /// start until it is safe — settlement residents until their settlement is safe, and the beneficiaries a hazard's
    /// survey recorded until that hazard is released.
    /// </summary>
    public double PeopleWeightedDays => ResidentWeightedDays + BeneficiaryWeightedDays;

    /// <summary>The same measure under the priority-rule baseline.</summary>
    public double BaselinePeopleWeightedDays => BaselineResidentWeightedDays + BaselineBeneficiaryWeightedDays;

    /// <summary>Σ settlement population × calendar days until the settlement is safe, under the plan.</summary>
    public double ResidentWeightedDays { get; init; }

    /// <summary>The residents' part under the baseline.</summary>
    public double BaselineResidentWeightedDays { get; init; }

    /// <summary>Σ hazard beneficiaries × calendar days until the hazard is released, under the plan.</summary>
    public double BeneficiaryWeightedDays { get; init; }

    /// <summary>The beneficiaries' part under the baseline.</summary>
    public double BaselineBeneficiaryWeightedDays { get; init; }

    /// <summary>The share by which the plan beats the baseline on people-weighted days (0.2 = 20 % fewer).</summary>
    public double ImprovementOverBaseline => BaselinePeopleWeightedDays <= 0 ? 0 : 1 - (PeopleWeightedDays / BaselinePeopleWeightedDays);

    /// <summary>The objective of the people-per-day heuristic CP-SAT starts from (with the baseline, the better of the two).</summary>
    public long HeuristicObjective { get; init; }

    /// <summary>The date the last package ends.</summary>
    public DateOnly Completion { get; init; }

    /// <summary>Packages no team can do (no team of a method able to do their kind of work).</summary>
    public IReadOnlyList<string> Unschedulable { get; init; } = [];
}
