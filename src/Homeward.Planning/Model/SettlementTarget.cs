namespace Homeward.Planning.Model;

/// <summary>A settlement whose people can go home once every hazard blocking it is released.</summary>
/// <param name="Code">The settlement's code.</param>
/// <param name="Name">Its English name.</param>
/// <param name="Population">The people who lived there before displacement (0 when unknown).</param>
/// <param name="BlockingHazards">The codes of the uncleared hazards within the settlement radius.</param>
public sealed record SettlementTarget(string Code, string Name, long Population, IReadOnlyList<string> BlockingHazards)
{
    /// <summary>The district's short code.</summary>
    public string? District { get; init; }
}
