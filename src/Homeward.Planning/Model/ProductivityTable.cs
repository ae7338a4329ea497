namespace Homeward.Planning.Model;

/// <summary>
/// Team productivity per method and kind of work as three-point estimates; a method missing for a kind of work
/// cannot do it. <see cref="Defaults"/> come from the planning reference (docs/planning.md cites each).
/// </summary>
public sealed class ProductivityTable
{
    private readonly Dictionary<(ClearanceMethod, WorkKind, string), ProductivityEntry> _entries;

    /// <summary>Creates a table from entries (later entries replace earlier ones for the same pair).</summary>
    public ProductivityTable(IEnumerable<ProductivityEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [];
        foreach (var e in entries)
        {
            _entries[(e.Method, e.Work, e.Organisation ?? "")] = e;
        }
    }

    /// <summary>Every entry.</summary>
    public IReadOnlyList<ProductivityEntry> Entries =>
        [.. _entries.Values.OrderBy(e => e.Method).ThenBy(e => e.Work).ThenBy(e => e.Organisation, StringComparer.Ordinal)];

    /// <summary>
    /// The defaults. Manual: 10–50 m² per deminer-day (HALO) for a team of eight. Dogs: two dogs 800–900 m²/day
    /// (SFOR 2001), up to 1,500 m² per dog (MAG 2025). Machines: 4,000–5,000 m²/day in the field (Kherson 2023),
    /// 6,900 m²/day measured (SafeLane 2025). Survey, battle-area clearance and integrated teams have no figure in
    /// the reference: those rows are Homeward's estimates, to be replaced by each programme's own records.
    /// </summary>
    public static ProductivityTable Defaults { get; } = new(
    [
        new(ClearanceMethod.Manual, WorkKind.MineClearance, new(80, 200, 400), "HALO: 10–50 m² per deminer-day, team of 8"),
        new(ClearanceMethod.Manual, WorkKind.BattleAreaClearance, new(300, 800, 1600), "estimate: manual search for UXO, 4× mined-area rate"),
        new(ClearanceMethod.Dog, WorkKind.MineClearance, new(500, 850, 1500), "SFOR 2001: 2 dogs 800–900 m²/day; MAG 2025: up to 1,500 m² per dog"),
        new(ClearanceMethod.Mechanical, WorkKind.MineClearance, new(2000, 4500, 6900), "Kherson 2023: 4,000–5,000 m²/day; SafeLane 2025: 6,900 m²/day measured"),
        new(ClearanceMethod.Mechanical, WorkKind.BattleAreaClearance, new(2000, 5000, 8000), "estimate: as mined ground, slightly faster"),
        new(ClearanceMethod.Eod, WorkKind.BattleAreaClearance, new(1500, 4000, 8000), "estimate: battle-area clearance team"),
        new(ClearanceMethod.Mixed, WorkKind.MineClearance, new(1000, 2500, 5000), "estimate: integrated machine, dog and manual team"),
        new(ClearanceMethod.Mixed, WorkKind.BattleAreaClearance, new(1500, 3500, 7000), "estimate: integrated team"),
        new(ClearanceMethod.Survey, WorkKind.Survey, new(10000, 30000, 60000), "estimate: non-technical and technical survey team"),
        new(ClearanceMethod.Mixed, WorkKind.Survey, new(5000, 15000, 30000), "estimate: integrated team surveying"),
    ]);

    /// <summary>The estimate for a method on a kind of work, or <see langword="null"/> when it cannot do it.</summary>
    public ThreePointEstimate? For(ClearanceMethod method, WorkKind work) => For(method, work, null);

    /// <summary>
    /// The estimate for a method on a kind of work for an organisation's teams: the organisation's own row when it has
    /// one, else the programme's; null when neither exists.
    /// </summary>
    public ThreePointEstimate? For(ClearanceMethod method, WorkKind work, string? organisation) =>
        organisation is not null && _entries.TryGetValue((method, work, organisation), out var own) ? own.SquareMetresPerTeamDay
        : _entries.TryGetValue((method, work, ""), out var e) ? e.SquareMetresPerTeamDay : null;

    /// <summary>Whether an organisation has any row of its own for a method (its teams of that method then plan apart).</summary>
    public bool HasOwnRows(ClearanceMethod method, string? organisation) =>
        organisation is not null && _entries.Keys.Any(k => k.Item1 == method && k.Item3 == organisation);

    /// <summary>
    /// The crew a team plans in: its method, and its organisation when that organisation has rows of its own for the
    /// method (teams of one crew are interchangeable).
    /// </summary>
    public PlanningCrew CrewOf(PlanningTeam team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new PlanningCrew(team.Method, HasOwnRows(team.Method, team.Organisation) ? team.Organisation : null);
    }

    /// <summary>A copy with every rate multiplied by <paramref name="factor"/> (calibration to a programme's record).</summary>
    public ProductivityTable Scaled(double factor) =>
        new(_entries.Values.Select(e => e with { SquareMetresPerTeamDay = e.SquareMetresPerTeamDay.Scale(factor), Source = e.Source + $" × {factor:0.###}" }));

    /// <summary>A copy with <paramref name="overrides"/> replacing the matching entries.</summary>
    public ProductivityTable With(IEnumerable<ProductivityEntry> overrides) => new(_entries.Values.Concat(overrides));
}
