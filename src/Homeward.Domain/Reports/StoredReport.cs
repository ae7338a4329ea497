namespace Homeward.Domain.Reports;

/// <summary>A field report as a store holds it.</summary>
/// <param name="Report">The report.</param>
/// <param name="Version">Its version, from 1, which grows with each status change.</param>
public sealed record StoredReport(FieldReport Report, int Version);
