namespace Homeward.Planning.Scheduling;

/// <summary>What the solver could say about its answer.</summary>
public enum SolveStatus
{
    /// <summary>The schedule is proven optimal.</summary>
    Optimal,

    /// <summary>A schedule was found; the gap to the best bound says how far from optimal it may be.</summary>
    Feasible,

    /// <summary>The problem has no schedule.</summary>
    Infeasible,

    /// <summary>No schedule was found within the time limit.</summary>
    Unknown,
}
