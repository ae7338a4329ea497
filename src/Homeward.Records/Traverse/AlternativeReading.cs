namespace Homeward.Records.Traverse;

/// <summary>
/// The same record computed under another reading of what it does not say (another bearing unit, or grid instead of
/// magnetic bearings), and how far that moves its points from the result.
/// </summary>
/// <param name="Description">The reading, for example <c>bearings as grid</c> or <c>bearings in mil6400</c>.</param>
/// <param name="MaxDisplacementMetres">The largest distance between a point of the result and the same point under this reading.</param>
/// <param name="PointId">The point that moves most.</param>
public sealed record AlternativeReading(string Description, double MaxDisplacementMetres, string PointId);
