namespace Homeward.Domain.Storage;

/// <summary>An object as a store holds it: the state, its version number and where that version came from.</summary>
/// <param name="State">The object's state.</param>
/// <param name="Version">The version, 1 for the first; it grows by one with each change.</param>
/// <param name="ValidFrom">When this version was recorded (UTC).</param>
/// <param name="ReportId">The field report whose approval or unapproval made this version, if any.</param>
public sealed record StoredObject(DomainObject State, int Version, DateTimeOffset ValidFrom, Guid? ReportId);
