namespace Homeward.Domain.Storage;

/// <summary>How many rows of each sort a <see cref="StoreContent"/> holds, for progress and checks.</summary>
/// <param name="Reports">Field reports.</param>
/// <param name="ReportEffects">Report effects, summed over all reports.</param>
/// <param name="ObjectVersions">Object versions, summed over all objects (the whole history).</param>
public sealed record StoreContentCounts(long Reports, long ReportEffects, long ObjectVersions)
{
    /// <summary>Every row counted: the number a copy's progress runs up to.</summary>
    public long Total => Reports + ReportEffects + ObjectVersions;
}
