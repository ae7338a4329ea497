namespace Homeward.Planning.Model;

/// <summary>How many m² one team of a method gets through per working day on one kind of work.</summary>
/// <param name="Method">The team's method.</param>
/// <param name="Work">The kind of work.</param>
/// <param name="SquareMetresPerTeamDay">The three-point estimate in m² per team-day.</param>
/// <param name="Source">Where the figure comes from.</param>
public sealed record ProductivityEntry(ClearanceMethod Method, WorkKind Work, ThreePointEstimate SquareMetresPerTeamDay, string Source)
{
    /// <summary>The organisation's code when the row is that organisation's own figure; null for the programme's row.</summary>
    public string? Organisation { get; init; }
}
