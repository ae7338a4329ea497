namespace Homeward.Planning.Scheduling;

/// <summary>How much of a renewable resource a task uses while it runs.</summary>
/// <param name="Resource">The resource's index in <see cref="SchedulingProblem.ResourceCapacities"/>.</param>
/// <param name="Amount">The units used, at least 1.</param>
public sealed record ResourceDemand(int Resource, int Amount);
