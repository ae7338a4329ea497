namespace Homeward.Domain.Codes;

/// <summary>One value of a code table.</summary>
/// <param name="Table">The table, for example <c>hazard_type</c>.</param>
/// <param name="Code">The code, lower-case kebab-case, stable across languages.</param>
/// <param name="Label">The label in English, Azerbaijani and Russian.</param>
public sealed record CodeValue(string Table, string Code, LocalizedText Label);
