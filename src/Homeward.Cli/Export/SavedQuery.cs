namespace Homeward.Cli.Export;

/// <summary>A saved export query: a layer and an optional filter, kept by name in the queries file.</summary>
internal sealed record SavedQuery(string Layer, string? Where);
