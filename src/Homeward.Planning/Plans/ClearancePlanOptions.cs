using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Plans;

/// <summary>How to plan.</summary>
/// <param name="Solver">CP-SAT's time limit, workers and seed.</param>
/// <param name="UseCpSat">False computes only the priority-rule baseline and the heuristic.</param>
public sealed record ClearancePlanOptions(CpSatOptions Solver, bool UseCpSat = true);
