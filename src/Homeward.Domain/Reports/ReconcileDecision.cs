namespace Homeward.Domain.Reports;

/// <summary>The reviewer's decision for one item: create a new object, or update the object with <paramref name="TargetCode"/>.</summary>
/// <param name="ItemRef">The item.</param>
/// <param name="Action">Create or update.</param>
/// <param name="TargetCode">For <see cref="ReconcileAction.Update"/>, the code of the object to update.</param>
public sealed record ReconcileDecision(string ItemRef, ReconcileAction Action, string? TargetCode);
