using NetTopologySuite.Geometries;

namespace Homeward.Demo.Generation;

/// <summary>A synthetic team of an operator.</summary>
/// <param name="Key">The scenario key.</param>
/// <param name="Operator">The index of its operator.</param>
/// <param name="Name">The team's name.</param>
/// <param name="Capability">A code of <c>team_capability</c>.</param>
/// <param name="Size">The number of people.</param>
/// <param name="Base">The base location (EPSG:4326), in one of the operator's districts.</param>
internal sealed record TeamPlan(string Key, int Operator, string Name, string Capability, int Size, Point Base);
