namespace Homeward.Domain.Reports;

/// <summary>A stored field report without its items, for reports too large to read whole.</summary>
/// <param name="Report">The report; its <see cref="FieldReport.Items"/> are empty (read them with <see cref="Storage.IHomewardStore.ReadReportItemsAsync"/>).</param>
/// <param name="Version">Its stored version.</param>
/// <param name="ItemCount">How many items it has.</param>
public sealed record ReportHeader(FieldReport Report, int Version, int ItemCount);
