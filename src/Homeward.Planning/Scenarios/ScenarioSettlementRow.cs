namespace Homeward.Planning.Scenarios;

/// <summary>A settlement's safe date under two scenarios.</summary>
/// <param name="Code">The settlement's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Population">Its people.</param>
/// <param name="FirstSafeDate">The safe date under the first scenario.</param>
/// <param name="SecondSafeDate">The safe date under the second.</param>
public sealed record ScenarioSettlementRow(string Code, string Name, long Population, DateOnly? FirstSafeDate, DateOnly? SecondSafeDate)
{
    /// <summary>Days the second scenario gains (positive) or loses against the first.</summary>
    public int? DaysEarlier => FirstSafeDate is { } a && SecondSafeDate is { } b ? a.DayNumber - b.DayNumber : null;
}
