namespace Homeward.Demo.Generation;

/// <summary>A synthetic operator and its teams.</summary>
/// <param name="Key">The scenario key.</param>
/// <param name="Name">The name, marked synthetic.</param>
/// <param name="OrganisationType">A code of <c>organisation_type</c>.</param>
/// <param name="Districts">The short codes of the focus districts it works in.</param>
/// <param name="Teams">Its teams.</param>
internal sealed record OperatorPlan(string Key, string Name, string OrganisationType, IReadOnlyList<string> Districts, IReadOnlyList<TeamPlan> Teams);
