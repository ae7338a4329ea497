namespace Homeward.Planning.Scenarios;

/// <summary>Two scenarios side by side: safe dates per settlement and people home by date.</summary>
/// <param name="First">The first scenario.</param>
/// <param name="Second">The second scenario.</param>
/// <param name="Settlements">One row per settlement with people, in either scenario.</param>
/// <param name="PeopleHome">People whose settlement is safe, by date, under each scenario.</param>
public sealed record ScenarioComparison(
    Scenario First,
    Scenario Second,
    IReadOnlyList<ScenarioSettlementRow> Settlements,
    IReadOnlyList<PeopleHomeRow> PeopleHome)
{
    /// <summary>Compares two scenarios; people home are counted on the first day of each quarter until both are done.</summary>
    public static ScenarioComparison Compare(Scenario first, Scenario second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = first.Settlements.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var b = second.Settlements.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var rows = a.Keys.Union(b.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(code =>
            {
                var x = a.GetValueOrDefault(code);
                var y = b.GetValueOrDefault(code);
                return new ScenarioSettlementRow(code, x?.Name ?? y!.Name, x?.Population ?? y!.Population, x?.SafeDate, y?.SafeDate);
            })
            .Where(r => r.Population > 0)
            .ToArray();

        var start = new DateOnly(Math.Min(first.Assumptions.StartDate.Year, second.Assumptions.StartDate.Year), 1, 1);
        var end = new[] { first.Completion, second.Completion }.Max();
        var home = new List<PeopleHomeRow>();
        for (var date = start; date <= end.AddMonths(3); date = date.AddMonths(3))
        {
            home.Add(new PeopleHomeRow(date,
                rows.Where(r => r.FirstSafeDate is { } d && d < date).Sum(r => r.Population),
                rows.Where(r => r.SecondSafeDate is { } d && d < date).Sum(r => r.Population)));
        }

        return new ScenarioComparison(first, second, rows, home);
    }
}
