namespace Homeward.Domain.Storage;

/// <summary>One version in the history of an object.</summary>
/// <param name="ObjectId">The object.</param>
/// <param name="Kind">The object's kind.</param>
/// <param name="Code">The object's code.</param>
/// <param name="Version">The version number, from 1.</param>
/// <param name="Change">How this version came to be.</param>
/// <param name="ValidFrom">When it was recorded (UTC).</param>
/// <param name="ValidTo">When the next version replaced it (UTC), or <see langword="null"/> for the current one.</param>
/// <param name="ChangedBy">The user who approved (or unapproved) the report.</param>
/// <param name="ReportId">The report, if any.</param>
/// <param name="ReportCode">The report's code, if any.</param>
/// <param name="State">The object's state in this version; <see langword="null"/> for <see cref="ChangeKind.Withdrawn"/>.</param>
public sealed record ObjectVersion(
    Guid ObjectId,
    ObjectKind Kind,
    string Code,
    int Version,
    ChangeKind Change,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidTo,
    string ChangedBy,
    Guid? ReportId,
    string? ReportCode,
    DomainObject? State);
