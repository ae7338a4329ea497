using Homeward.Domain.Reports;

namespace Homeward.Domain.Storage;

/// <summary>
/// A unit of work a store applies atomically: a field report's new state and the object changes it brings.
/// Either all of it is stored or none of it.
/// </summary>
/// <param name="Report">The report's new state, saved with it.</param>
/// <param name="ExpectedReportVersion">The report's stored version the commit was decided against: 0 for a new report.</param>
/// <param name="Changes">The object changes, applied in order.</param>
/// <param name="ChangedBy">The user.</param>
/// <param name="At">When (UTC).</param>
public sealed record Commit(
    FieldReport Report,
    int ExpectedReportVersion,
    IReadOnlyList<ObjectChange> Changes,
    string ChangedBy,
    DateTimeOffset At);
