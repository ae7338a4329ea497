using System.Runtime.CompilerServices;
using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using NetTopologySuite.Geometries;

namespace Homeward.Testing;

/// <summary>
/// A store that lives in memory, for unit tests of the workflow: the contract of <see cref="IHomewardStore"/> (full history,
/// as-of reads, atomic commits checked against expected versions) without a file. Spatial queries scan every object.
/// Not thread-safe; one per test.
/// </summary>
public sealed class InMemoryStore : IHomewardStore
{
    private readonly Dictionary<Guid, List<ObjectVersion>> _histories = [];
    private readonly Dictionary<string, StoredReport> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, IReadOnlyList<ReportEffect>> _effects = [];
    private readonly Dictionary<string, int> _sequences = new(StringComparer.Ordinal);
    private CodeTables _codes = CodeTables.Standard;
    private long _dataVersion;

    /// <inheritdoc/>
    public Task<long> GetDataVersionAsync(CancellationToken cancellationToken) => Task.FromResult(_dataVersion);

    /// <inheritdoc/>
    public Task<CodeTables> GetCodeTablesAsync(CancellationToken cancellationToken) => Task.FromResult(_codes);

    /// <inheritdoc/>
    public Task SaveCodeValueAsync(CodeValue value, CancellationToken cancellationToken)
    {
        _codes = _codes.PlusValue(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ReserveCodesAsync(string prefix, int count, CancellationToken cancellationToken)
    {
        var next = _sequences.GetValueOrDefault(prefix);
        _sequences[prefix] = next + count;
        return Task.FromResult<IReadOnlyList<string>>([.. Enumerable.Range(next + 1, count).Select(n => $"{prefix}{n:D6}")]);
    }

    /// <inheritdoc/>
    public Task<StoredObject?> GetAsync(Guid id, DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        Task.FromResult(_histories.TryGetValue(id, out var history) ? At(history, asOf) : null);

    /// <inheritdoc/>
    public Task<StoredObject?> FindByCodeAsync(string code, DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        Task.FromResult(_histories.Values.Select(h => At(h, asOf)).FirstOrDefault(o => o is not null && o.State.Code == code));

    /// <inheritdoc/>
    public Task<IReadOnlyList<ObjectVersion>> GetHistoryAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ObjectVersion>>(_histories.TryGetValue(id, out var history) ? [.. history] : []);

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredObject> ListAsync(ObjectKind kind, DateTimeOffset? asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var stored in Current(asOf).Where(o => o.State.Kind == kind).OrderBy(o => o.State.Code, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return stored;
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredObject>> QueryEnvelopeAsync(ObjectKind kind, Envelope envelope, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredObject>>([.. Current(null)
            .Where(o => o.State.Kind == kind && o.State.Geometry is { } g && g.EnvelopeInternal.Intersects(envelope))]);

    /// <inheritdoc/>
    public Task<StoredReport?> GetReportAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(_reports.GetValueOrDefault(code));

    /// <inheritdoc/>
    public Task<ReportHeader?> GetReportHeaderAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(_reports.GetValueOrDefault(code) is { } stored
            ? new ReportHeader(stored.Report with { Items = [] }, stored.Version, stored.Report.Items.Count)
            : null);

    /// <inheritdoc/>
    public async IAsyncEnumerable<FieldReportItem> ReadReportItemsAsync(Guid reportId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var item in _reports.Values.FirstOrDefault(r => r.Report.Id == reportId)?.Report.Items ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<FieldReportSummary>> ListReportsAsync(FieldReportStatus? status, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FieldReportSummary>>([.. _reports.Values.Select(r => r.Report)
            .Where(r => status is null || r.Status == status)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Code, StringComparer.Ordinal)
            .Select(r => new FieldReportSummary(r.Code, r.Title, r.FormType, r.Status, r.Items.Count, r.CreatedBy, r.CreatedAt, r.ReviewedAt))]);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ReportEffect>> GetReportEffectsAsync(Guid reportId, CancellationToken cancellationToken) =>
        Task.FromResult(_effects.GetValueOrDefault(reportId) ?? []);

    /// <inheritdoc/>
    public async Task<CommitConflict?> CommitAsync(Commit commit, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        CommitRules.Validate(commit);
        var report = commit.Report;
        var storedVersion = _reports.GetValueOrDefault(report.Code)?.Version ?? 0;
        if (storedVersion != commit.ExpectedReportVersion)
        {
            return new CommitConflict(report.Code, commit.ExpectedReportVersion, storedVersion,
                $"{report.Code} changed meanwhile (version {commit.ExpectedReportVersion} expected, {storedVersion} stored).");
        }

        var changes = commit.StreamedChanges is null ? commit.Changes
            : await commit.ChangesAsync(cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var change in changes)
        {
            CommitRules.ValidateChange(change);
        }

        // Every expected version is checked before anything changes: all of the commit or none of it.
        foreach (var change in changes)
        {
            var current = _histories.TryGetValue(change.ObjectId, out var h) && h[^1].State is not null ? h[^1].Version : 0;
            if (current != change.ExpectedVersion)
            {
                return new CommitConflict(change.Code, change.ExpectedVersion, current,
                    $"{change.Code} changed meanwhile (version {change.ExpectedVersion} expected, {current} stored).");
            }
        }

        // A report's items are stored with its first version and never change afterwards.
        var items = storedVersion == 0
            ? await commit.NewItems.ReadAsync(cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false)
            : _reports[report.Code].Report.Items;
        var effects = new List<ReportEffect>();
        var applied = 0;
        foreach (var change in changes)
        {
            if (!_histories.TryGetValue(change.ObjectId, out var history))
            {
                _histories[change.ObjectId] = history = [];
            }

            var version = history.Count == 0 ? 1 : history[^1].Version + 1;
            if (history.Count > 0)
            {
                history[^1] = history[^1] with { ValidTo = commit.At };
            }

            history.Add(new ObjectVersion(change.ObjectId, change.Kind, change.Code, version, change.Change, commit.At, null, commit.ChangedBy,
                report.Id, report.Code, change.NewState));
            if (change.Change is ChangeKind.Created or ChangeKind.Updated)
            {
                effects.Add(new ReportEffect(change.ObjectId, change.Kind, change.Code, change.ExpectedVersion, version, change.Change));
            }

            progress?.Report(++applied);
        }

        if (effects.Count > 0)
        {
            _effects[report.Id] = effects;
        }

        _reports[report.Code] = new StoredReport(report with { Items = items }, storedVersion + 1);
        _dataVersion++;
        return null;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private IEnumerable<StoredObject> Current(DateTimeOffset? asOf) =>
        _histories.Values.Select(h => At(h, asOf)).OfType<StoredObject>();

    private static StoredObject? At(List<ObjectVersion> history, DateTimeOffset? asOf)
    {
        var version = asOf is { } at ? history.LastOrDefault(v => v.ValidFrom <= at) : history[^1];
        return version?.State is { } state ? new StoredObject(state, version.Version, version.ValidFrom, version.ReportId) : null;
    }
}
