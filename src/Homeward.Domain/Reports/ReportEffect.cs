using Homeward.Domain.Storage;

namespace Homeward.Domain.Reports;

/// <summary>One change a report's approval made to an object, as needed to revert it exactly.</summary>
/// <param name="ObjectId">The object.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Code">Its code.</param>
/// <param name="VersionBefore">Its version before the approval: 0 when the approval created it.</param>
/// <param name="VersionAfter">The version the approval made.</param>
/// <param name="Change">Created or updated.</param>
public sealed record ReportEffect(Guid ObjectId, ObjectKind Kind, string Code, int VersionBefore, int VersionAfter, ChangeKind Change);
