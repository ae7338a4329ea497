namespace Homeward.Domain.Reports;

/// <summary>An existing object the system proposes that a report item describes.</summary>
/// <param name="ItemRef">The item.</param>
/// <param name="TargetId">The existing object.</param>
/// <param name="TargetCode">Its code.</param>
/// <param name="TargetVersion">Its current version.</param>
/// <param name="Reason">Why: <c>same code</c>, or the overlap of two hazardous areas.</param>
/// <param name="OverlapRatio">For overlapping areas, the shared area over the smaller area (0 to 1); else <see langword="null"/>.</param>
public sealed record MatchProposal(string ItemRef, Guid TargetId, string TargetCode, int TargetVersion, string Reason, double? OverlapRatio);
