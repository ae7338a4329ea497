namespace Homeward.Planning.Scenarios;

/// <summary>People able to go home before a date under two scenarios.</summary>
/// <param name="Date">The date.</param>
/// <param name="First">People home under the first scenario.</param>
/// <param name="Second">People home under the second.</param>
public sealed record PeopleHomeRow(DateOnly Date, long First, long Second);
