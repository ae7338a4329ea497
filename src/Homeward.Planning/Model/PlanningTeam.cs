namespace Homeward.Planning.Model;

/// <summary>A team the plan can give work to.</summary>
/// <param name="Code">The team's code (recorded teams) or a made-up code (a scenario's extra teams).</param>
/// <param name="Name">The team's name.</param>
/// <param name="Method">What it does.</param>
public sealed record PlanningTeam(string Code, string Name, ClearanceMethod Method)
{
    /// <summary>The organisation's code.</summary>
    public string? Organisation { get; init; }

    /// <summary>The team's base, WGS 84 longitude, when recorded.</summary>
    public double? BaseLongitude { get; init; }

    /// <summary>The team's base, WGS 84 latitude, when recorded.</summary>
    public double? BaseLatitude { get; init; }

    /// <summary>Whether the team exists only in a scenario.</summary>
    public bool Hypothetical { get; init; }
}
