namespace Homeward.Planning.Model;

/// <summary>Interchangeable teams: one method, and one organisation when it has productivity figures of its own.</summary>
/// <param name="Method">The method.</param>
/// <param name="Organisation">The organisation's code, or null for teams on the programme's figures.</param>
public sealed record PlanningCrew(ClearanceMethod Method, string? Organisation)
{
    /// <summary>The rate of this crew on a kind of work, or null when it cannot do it.</summary>
    public ThreePointEstimate? Rate(ProductivityTable productivity, WorkKind work)
    {
        ArgumentNullException.ThrowIfNull(productivity);
        return productivity.For(Method, work, Organisation);
    }
}
