namespace Homeward.Planning.Scheduling;

/// <summary>Task <paramref name="After"/> may not start before task <paramref name="Before"/> ends.</summary>
/// <param name="Before">The earlier task's index.</param>
/// <param name="After">The later task's index.</param>
public sealed record Precedence(int Before, int After);
