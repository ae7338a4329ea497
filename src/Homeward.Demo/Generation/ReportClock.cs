namespace Homeward.Demo.Generation;

/// <summary>
/// The clock the review workflow stamps generated reports with: it shows whatever instant the builder set, so that
/// the store's history is dated across 2021–2025 as the work was. Not thread-safe; one build uses it at a time.
/// </summary>
internal sealed class ReportClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UnixEpoch;

    /// <summary>Sets the instant the clock shows.</summary>
    /// <param name="now">The instant (UTC).</param>
    public void Set(DateTimeOffset now) => _now = now.ToUniversalTime();

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => _now;
}
