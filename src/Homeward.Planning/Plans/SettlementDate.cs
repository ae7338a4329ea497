namespace Homeward.Planning.Plans;

/// <summary>When a settlement becomes safe to return to under a plan.</summary>
/// <param name="Code">The settlement's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Population">Its people before displacement.</param>
/// <param name="SafeDay">The working-day index after which every blocking hazard is released (0: not blocked).</param>
/// <param name="SafeDate">The date of that day.</param>
public sealed record SettlementDate(string Code, string Name, long Population, long SafeDay, DateOnly SafeDate);
