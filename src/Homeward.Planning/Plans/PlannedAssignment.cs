using Homeward.Planning.Model;

namespace Homeward.Planning.Plans;

/// <summary>One work package given to one team over a span of working days.</summary>
/// <param name="Team">The team's code.</param>
/// <param name="Method">The team's method.</param>
/// <param name="WorkPackage">The package's code.</param>
/// <param name="Hazard">The hazardous area's code.</param>
/// <param name="StartDay">The first working day (index from the plan's start).</param>
/// <param name="EndDay">The working day after the last (exclusive).</param>
/// <param name="Start">The date of the first working day.</param>
/// <param name="End">The date of the last working day.</param>
public sealed record PlannedAssignment(string Team, ClearanceMethod Method, string WorkPackage, string Hazard, long StartDay, long EndDay, DateOnly Start, DateOnly End);
