using Homeward.Domain.Storage;
using Homeward.Domain.Validation;

namespace Homeward.Domain.Reports;

/// <summary>
/// Review of reports too large to hold in memory (an import of a file of millions of records): the items are read from
/// the store in batches of <see cref="BatchItems"/>, each checked as a small report would be, and approval stores every
/// batch's changes in ONE commit, made while the store applies it, so that the whole report still goes in or nothing does.
/// </summary>
public sealed partial class ReviewWorkflow
{
    /// <summary>The default of <see cref="BatchItems"/>: about 200 MB of planned hazardous areas at a time.</summary>
    public const int DefaultBatchItems = 50_000;

    /// <summary>The most violations a batched check collects before it stops reading.</summary>
    public const int ViolationCap = 1000;

    /// <summary>
    /// The number of items above which a report is reviewed in batches of this many: reports up to this size are read
    /// whole, as before. Items of a batched report may not refer to other items (<c>#item</c>), and overlaps are checked
    /// against stored objects and within each batch (an import has already refused identical geometries in its file).
    /// </summary>
    public int BatchItems { get; init; } = DefaultBatchItems;

    private async Task<ReportHeader?> LargeReportAsync(string code, CancellationToken cancellationToken) =>
        await store.GetReportHeaderAsync(code, cancellationToken).ConfigureAwait(false) is { } header && header.ItemCount > BatchItems ? header : null;

    private async Task<ReviewOutcome> SubmitInBatchesAsync(ReportHeader header, string user, CancellationToken cancellationToken)
    {
        var code = header.Report.Code;
        if (!FieldReportStatusTransitions.IsAllowed(header.Report.Status, FieldReportStatus.Submitted))
        {
            return ReviewOutcome.Refused(NotAllowed(code, header.Report.Status, FieldReportStatus.Submitted));
        }

        var violations = new List<InvariantViolation>();
        await foreach (var batch in BatchesAsync(header, cancellationToken).ConfigureAwait(false))
        {
            var (_, broken) = await CheckBatchAsync(batch, new Dictionary<string, ReconcileDecision>(), checkDuplicates: false, cancellationToken)
                .ConfigureAwait(false);
            violations.AddRange(broken.Take(ViolationCap - violations.Count));
            if (violations.Count >= ViolationCap)
            {
                break;
            }
        }

        if (violations.Count > 0)
        {
            return ReviewOutcome.Invalid(violations);
        }

        var now = time.GetUtcNow();
        var report = header.Report with { Status = FieldReportStatus.Submitted, SubmittedBy = user, SubmittedAt = now };
        var conflict = await store.CommitAsync(new Commit(report, header.Version, [], user, now), null, cancellationToken).ConfigureAwait(false);
        return conflict is null ? ReviewOutcome.Done(report) : ReviewOutcome.Conflicted(conflict);
    }

    private async Task<ReviewOutcome> ApproveInBatchesAsync(ReportHeader header, IReadOnlyList<ReconcileDecision> decisions, string user, bool rebase,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var code = header.Report.Code;
        if (!FieldReportStatusTransitions.IsAllowed(header.Report.Status, FieldReportStatus.Approved))
        {
            return ReviewOutcome.Refused(NotAllowed(code, header.Report.Status, FieldReportStatus.Approved));
        }

        // First pass: check every batch and count the codes new objects need, storing nothing.
        var byItem = decisions.ToDictionary(d => d.ItemRef, StringComparer.Ordinal);
        var decided = new HashSet<string>(StringComparer.Ordinal);
        var violations = new List<InvariantViolation>();
        var codesNeeded = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var batch in BatchesAsync(header, cancellationToken).ConfigureAwait(false))
        {
            decided.UnionWith(batch.Items.Select(i => i.ItemRef).Where(byItem.ContainsKey));
            var (planned, broken) = await CheckBatchAsync(batch, byItem, checkDuplicates: true, cancellationToken).ConfigureAwait(false);
            violations.AddRange(broken.Take(ViolationCap - violations.Count));
            if (violations.Count >= ViolationCap)
            {
                break;
            }

            if (broken.Count > 0)
            {
                continue;
            }

            if (!rebase && Stale(planned, code) is { } stale)
            {
                return ReviewOutcome.Conflicted(stale);
            }

            foreach (var (_, _, prefix) in await CodeNeedsAsync(planned, header.Report.Status == FieldReportStatus.Unapproved, cancellationToken).ConfigureAwait(false))
            {
                if (prefix is not null)
                {
                    codesNeeded[prefix] = codesNeeded.GetValueOrDefault(prefix) + 1;
                }
            }
        }

        if (violations.Count > 0)
        {
            return ReviewOutcome.Invalid(violations);
        }

        if (decisions.FirstOrDefault(d => !decided.Contains(d.ItemRef)) is { } unknown)
        {
            return ReviewOutcome.Refused($"{code} has no item '{unknown.ItemRef}'.");
        }

        var reserved = new Dictionary<string, Queue<string>>(StringComparer.Ordinal);
        foreach (var (prefix, count) in codesNeeded)
        {
            reserved[prefix] = new Queue<string>(await store.ReserveCodesAsync(prefix, count, cancellationToken).ConfigureAwait(false));
        }

        // Second pass, inside the store's one commit: plan each batch again and hand over its changes.
        var now = time.GetUtcNow();
        var report = header.Report with { Status = FieldReportStatus.Approved, ReviewedBy = user, ReviewedAt = now, ReviewNote = null };
        var source = new BatchedChanges(this, header, byItem, reserved);
        CommitConflict? conflict;
        try
        {
            conflict = await store.CommitAsync(new Commit(report, header.Version, [], user, now) { StreamedChanges = source }, progress, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (BatchChangedException ex)
        {
            // Something the report relies on changed between the two passes: nothing was stored.
            return ReviewOutcome.Invalid(ex.Violations);
        }

        return conflict is null
            ? ReviewOutcome.Done(report, await store.GetReportEffectsAsync(report.Id, cancellationToken).ConfigureAwait(false))
            : ReviewOutcome.Conflicted(conflict);
    }

    private async Task<(List<PlannedChange> Planned, IReadOnlyList<InvariantViolation> Violations)> CheckBatchAsync(FieldReport batch,
        IReadOnlyDictionary<string, ReconcileDecision> decisions, bool checkDuplicates, CancellationToken cancellationToken)
    {
        var linked = batch.Items.FirstOrDefault(RefersToItems);
        if (linked is not null)
        {
            return ([], [new InvariantViolation(ReportMaterializer.RecordName(batch, linked, null), "attributes", null,
                $"the report has more than {BatchItems:N0} items, so it is reviewed in parts, and then its items may not refer to other items (#...); split it into smaller reports.")]);
        }

        return await PlanAndCheckAsync(batch, decisions, checkDuplicates, cancellationToken).ConfigureAwait(false);
    }

    private async IAsyncEnumerable<FieldReport> BatchesAsync(ReportHeader header,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new List<FieldReportItem>(Math.Min(BatchItems, header.ItemCount));
        await foreach (var item in store.ReadReportItemsAsync(header.Report.Id, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(item);
            if (batch.Count == BatchItems)
            {
                yield return header.Report with { Items = batch };
                batch = new List<FieldReportItem>(BatchItems);
            }
        }

        if (batch.Count > 0)
        {
            yield return header.Report with { Items = batch };
        }
    }

    private static bool RefersToItems(FieldReportItem item) =>
        item.AttributesJson.Contains("\"#", StringComparison.Ordinal) || item.TargetCode?.StartsWith('#') == true;

    private static string NotAllowed(string code, FieldReportStatus from, FieldReportStatus to) =>
        $"{code} is {from.ToString().ToLowerInvariant()}; it cannot become {to.ToString().ToLowerInvariant()}.";

    /// <summary>The changes of a batched approval, planned batch by batch while the store applies them.</summary>
    private sealed class BatchedChanges(ReviewWorkflow workflow, ReportHeader header, IReadOnlyDictionary<string, ReconcileDecision> decisions,
        Dictionary<string, Queue<string>> reserved) : IObjectChangeSource
    {
        private readonly Dictionary<string, string[]> _codes = reserved.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

        public async IAsyncEnumerable<ObjectChange> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            // Read again from the start each time the store runs the commit, with the same codes in the same order.
            var codes = _codes.ToDictionary(p => p.Key, p => new Queue<string>(p.Value), StringComparer.Ordinal);
            await foreach (var batch in workflow.BatchesAsync(header, cancellationToken).ConfigureAwait(false))
            {
                var (planned, broken) = await workflow.CheckBatchAsync(batch, decisions, checkDuplicates: false, cancellationToken).ConfigureAwait(false);
                if (broken.Count > 0)
                {
                    throw new BatchChangedException(broken);
                }

                var needs = await workflow.CodeNeedsAsync(planned, header.Report.Status == FieldReportStatus.Unapproved, cancellationToken).ConfigureAwait(false);
                if (needs.Any(n => n.Prefix is not null && (!codes.TryGetValue(n.Prefix, out var left) || left.Count == 0)))
                {
                    throw new BatchChangedException([new InvariantViolation(header.Report.Code, "items", null,
                        "the objects the report creates changed district while it was being approved; approve it again.")]);
                }

                foreach (var change in WithCodes(planned, needs, codes))
                {
                    yield return ChangeOf(change);
                }
            }
        }
    }

    /// <summary>Thrown by <see cref="BatchedChanges"/> to abandon the commit when a batch no longer passes its checks.</summary>
    /// <param name="violations">The rules now broken.</param>
    private sealed class BatchChangedException(IReadOnlyList<InvariantViolation> violations) : Exception("A batch of the report no longer passes its checks.")
    {
        public IReadOnlyList<InvariantViolation> Violations { get; } = violations;
    }
}
