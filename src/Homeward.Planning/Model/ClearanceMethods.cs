namespace Homeward.Planning.Model;

/// <summary>Maps between <see cref="ClearanceMethod"/> and the <c>team_capability</c> codes, and hazard types to work.</summary>
public static class ClearanceMethods
{
    /// <summary>The method of a <c>team_capability</c> code, or null for an unknown code.</summary>
    public static ClearanceMethod? FromCapability(string capability) => capability switch
    {
        "survey" => ClearanceMethod.Survey,
        "manual" => ClearanceMethod.Manual,
        "mdd" => ClearanceMethod.Dog,
        "mechanical" => ClearanceMethod.Mechanical,
        "eod" => ClearanceMethod.Eod,
        "mixed" => ClearanceMethod.Mixed,
        _ => null,
    };

    /// <summary>The method named in a scenario (its enum name or its capability code), or null.</summary>
    public static ClearanceMethod? Parse(string name) =>
        FromCapability(name.Trim().ToLowerInvariant()) ??
        (Enum.TryParse<ClearanceMethod>(name.Trim(), ignoreCase: true, out var m) ? m : null);

    /// <summary>The kind of clearance a hazard type needs.</summary>
    public static WorkKind ClearanceFor(string hazardType) => hazardType switch
    {
        "minefield-ap" or "minefield-at" or "minefield-mixed" or "ied" => WorkKind.MineClearance,
        _ => WorkKind.BattleAreaClearance,
    };
}
