namespace Homeward.Demo.Generation;

/// <summary>A synthetic survey or clearance activity on one hazardous area.</summary>
/// <param name="Key">The scenario key.</param>
/// <param name="Hazard">The hazardous area worked on.</param>
/// <param name="Team">The team.</param>
/// <param name="ActivityType">A code of <c>activity_type</c>: <c>nts</c>, <c>ts</c>, <c>clearance</c> or <c>bac</c>.</param>
/// <param name="Methods">Codes of <c>method</c>.</param>
/// <param name="StartedOn">The first working day.</param>
/// <param name="EndedOn">The last working day, or <see langword="null"/> when still under way at the end of the period.</param>
internal sealed record ActivityPlan(string Key, HazardPlan Hazard, TeamPlan Team, string ActivityType, IReadOnlyList<string> Methods,
    DateOnly StartedOn, DateOnly? EndedOn);
