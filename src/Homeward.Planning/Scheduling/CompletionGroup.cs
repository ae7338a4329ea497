namespace Homeward.Planning.Scheduling;

/// <summary>
/// A set of tasks that together free something (a settlement is safe when every hazard blocking it is done): the
/// objective counts <see cref="Weight"/> × the latest end among <see cref="Tasks"/>.
/// </summary>
/// <param name="Id">A name for messages and results.</param>
/// <param name="Weight">The weight (for a settlement: its people), ≥ 0.</param>
/// <param name="Tasks">The task indices; an empty group completes at time 0.</param>
public sealed record CompletionGroup(string Id, long Weight, IReadOnlyList<int> Tasks);
