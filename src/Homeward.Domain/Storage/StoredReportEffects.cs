using Homeward.Domain.Reports;

namespace Homeward.Domain.Storage;

/// <summary>The changes one report's approval made to objects, as <see cref="IHomewardStore.GetReportEffectsAsync"/> returns them.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="Effects">The effects, in the order they were made; never empty.</param>
public sealed record StoredReportEffects(Guid ReportId, IReadOnlyList<ReportEffect> Effects);
