namespace Homeward.Demo.Generation;

/// <summary>Which team of an operator does an activity, with what methods and at what pace.</summary>
internal static class ActivityTeams
{
    /// <summary>Chooses the team, methods and daily rate for an activity.</summary>
    /// <param name="random">The seeded source.</param>
    /// <param name="op">The operator.</param>
    /// <param name="activityType"><c>nts</c>, <c>ts</c>, <c>clearance</c> or <c>bac</c>.</param>
    /// <returns>The team, the method codes and the area handled per day in m² (not used for <c>nts</c>).</returns>
    public static (TeamPlan Team, IReadOnlyList<string> Methods, double SquareMetresPerDay) Choose(Random random, OperatorPlan op, string activityType)
    {
        var capability = activityType switch
        {
            "nts" => "survey",
            "ts" => RandomSampling.Weighted(random, [("mechanical", 0.45), ("mdd", 0.35), ("manual", 0.20)]),
            "clearance" => RandomSampling.Weighted(random, [("manual", 0.40), ("mdd", 0.20), ("mechanical", 0.20), ("mixed", 0.20)]),
            _ => RandomSampling.Weighted(random, [("eod", 0.50), ("mixed", 0.30), ("manual", 0.20)]),
        };
        var teams = op.Teams.Where(t => t.Capability == capability).ToArray();
        var team = teams[random.Next(teams.Length)];
        IReadOnlyList<string> methods = (activityType, capability) switch
        {
            ("nts", _) => ["visual"],
            (_, "mechanical") => activityType == "ts" ? ["mechanical"] : ["mechanical", "manual"],
            (_, "mdd") => activityType == "ts" ? ["mdd"] : ["mdd", "manual"],
            (_, "mixed") => ["combined"],
            ("bac", "eod") => ["visual", "subsurface"],
            _ => ["manual", "subsurface"],
        };
        var (low, high) = (activityType, capability) switch
        {
            ("ts", "mechanical") => (40_000, 80_000),
            ("ts", "mdd") => (25_000, 50_000),
            ("ts", _) => (10_000, 20_000),
            ("clearance", "mechanical") => (10_000, 20_000),
            ("clearance", "mdd" or "mixed") => (6_000, 12_000),
            ("clearance", _) => (2_500, 6_000),
            ("bac", "eod") => (20_000, 45_000),
            ("bac", "mixed") => (15_000, 30_000),
            ("bac", _) => (10_000, 20_000),
            _ => (1, 1),
        };
        return (team, methods, RandomSampling.Uniform(random, low, high));
    }
}
