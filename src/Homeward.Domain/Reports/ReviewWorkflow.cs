using Homeward.Domain.Objects;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;

namespace Homeward.Domain.Reports;

/// <summary>
/// The review workflow of field reports: Draft → Submitted → Approved or Rejected, and Approved → Unapproved,
/// which reverts exactly what the approval did. Every step is one atomic commit; a refused step stores nothing.
/// </summary>
/// <param name="store">The database.</param>
/// <param name="measure">Areas and distances in metres.</param>
/// <param name="time">The clock that stamps every change.</param>
/// <param name="options">The invariants' tolerances.</param>
public sealed partial class ReviewWorkflow(IHomewardStore store, IMetricMeasure measure, TimeProvider time, InvariantOptions options)
{
    /// <summary>Stores a new report as a draft.</summary>
    /// <param name="draft">The report.</param>
    /// <param name="user">Who creates it.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The stored draft, or why it was refused.</returns>
    public async Task<ReviewOutcome> CreateDraftAsync(FieldReportDraft draft, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var (bases, refusal) = await PrepareItemsAsync(new FieldReportItemList(draft.Items), cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return ReviewOutcome.Refused(refusal);
        }

        var items = draft.Items.Select(i => Based(i, bases)).ToList();
        var report = await NewReportAsync(draft, items, user, cancellationToken).ConfigureAwait(false);
        var conflict = await store.CommitAsync(new Commit(report, 0, [], user, report.CreatedAt), null, cancellationToken).ConfigureAwait(false);
        return conflict is null ? ReviewOutcome.Done(report) : ReviewOutcome.Conflicted(conflict);
    }

    /// <summary>
    /// Stores a new report as a draft whose items are read one at a time, never all held at once: how an import of a
    /// large file becomes a report. The items are read twice (once to check their references and the versions they
    /// were prepared against, once to store them).
    /// </summary>
    /// <param name="draft">The report; its own <see cref="FieldReportDraft.Items"/> must be empty.</param>
    /// <param name="items">The items.</param>
    /// <param name="user">Who creates it.</param>
    /// <param name="progress">Told how many items have been stored, if given.</param>
    /// <param name="cancellationToken">Cancels the step; nothing is stored then.</param>
    /// <returns>The stored draft (without its items), or why it was refused.</returns>
    public async Task<ReviewOutcome> CreateDraftAsync(FieldReportDraft draft, IFieldReportItemSource items, string user, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (draft.Items.Count > 0)
        {
            throw new ArgumentException("A draft with streamed items has no items of its own.", nameof(draft));
        }

        var (bases, refusal) = await PrepareItemsAsync(items, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return ReviewOutcome.Refused(refusal);
        }

        var report = await NewReportAsync(draft with { Items = [] }, [], user, cancellationToken).ConfigureAwait(false);
        var stored = 0;
        var commit = new Commit(report, 0, [], user, report.CreatedAt)
        {
            StreamedItems = new BasedItemSource(items, i =>
            {
                if (++stored % 1024 == 0 || stored == items.Count)
                {
                    progress?.Report(stored);
                }

                return Based(i, bases);
            }),
        };
        var conflict = await store.CommitAsync(commit, null, cancellationToken).ConfigureAwait(false);
        return conflict is null ? ReviewOutcome.Done(report) : ReviewOutcome.Conflicted(conflict);
    }

    /// <summary>
    /// Submits a draft for review after checking that every item could be approved as it stands, except for duplicates
    /// of stored objects, which are left for the reviewer to decide.
    /// </summary>
    /// <param name="code">The report.</param>
    /// <param name="user">Who submits it.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The submitted report, or why it was refused.</returns>
    public async Task<ReviewOutcome> SubmitAsync(string code, string user, CancellationToken cancellationToken)
    {
        if (await LargeReportAsync(code, cancellationToken).ConfigureAwait(false) is { } large)
        {
            return await SubmitInBatchesAsync(large, user, cancellationToken).ConfigureAwait(false);
        }

        var (stored, refusal) = await LoadAsync(code, FieldReportStatus.Submitted, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return ReviewOutcome.Refused(refusal!);
        }

        // Duplicates wait for review: deciding whether an item updates a stored object or is a new one is the reviewer's call.
        var (_, violations) = await PlanAndCheckAsync(stored.Report, new Dictionary<string, ReconcileDecision>(), checkDuplicates: false,
            cancellationToken).ConfigureAwait(false);
        if (violations.Count > 0)
        {
            return ReviewOutcome.Invalid(violations);
        }

        var now = time.GetUtcNow();
        var report = stored.Report with { Status = FieldReportStatus.Submitted, SubmittedBy = user, SubmittedAt = now };
        var conflict = await store.CommitAsync(new Commit(report, stored.Version, [], user, now), null, cancellationToken).ConfigureAwait(false);
        return conflict is null ? ReviewOutcome.Done(report) : ReviewOutcome.Conflicted(conflict);
    }

    /// <summary>
    /// Proposes, for each item, the existing object it probably describes: the object with the same code, or for a
    /// hazardous area, current hazardous areas that overlap it by at least <paramref name="minimumOverlapRatio"/>.
    /// </summary>
    /// <param name="code">The report.</param>
    /// <param name="minimumOverlapRatio">The least shared area, as a share of the smaller area, for an overlap to be proposed.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The proposals, best first per item; empty when the report is unknown.</returns>
    public async Task<IReadOnlyList<MatchProposal>> ProposeMatchesAsync(string code, double minimumOverlapRatio, CancellationToken cancellationToken)
    {
        var stored = await store.GetReportAsync(code, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return [];
        }

        var proposals = new List<MatchProposal>();
        foreach (var item in stored.Report.Items)
        {
            var itemCode = item.TargetCode ?? CodeOf(item);
            var same = itemCode is null ? null : await store.FindByCodeAsync(itemCode, null, cancellationToken).ConfigureAwait(false);
            if (same is not null && same.State.Kind == item.Kind)
            {
                proposals.Add(new MatchProposal(item.ItemRef, same.State.Id, same.State.Code, same.Version, "same code", null));
            }

            if (item.Kind != ObjectKind.HazardousArea || item.Geometry is null || !item.Geometry.IsValid)
            {
                continue;
            }

            var candidates = await store.QueryEnvelopeAsync(ObjectKind.HazardousArea, item.Geometry.EnvelopeInternal, cancellationToken)
                .ConfigureAwait(false);
            var itemArea = measure.AreaSquareMetres(item.Geometry);
            foreach (var candidate in candidates.Where(c => c.State.Id != same?.State.Id && c.State.Geometry is not null))
            {
                if (!candidate.State.Geometry!.Intersects(item.Geometry))
                {
                    continue;
                }

                var shared = measure.AreaSquareMetres(candidate.State.Geometry.Intersection(item.Geometry));
                var smaller = Math.Min(itemArea, ((HazardousArea)candidate.State).AreaSquareMetres);
                var ratio = smaller > 0 ? Math.Min(1.0, shared / smaller) : 0;
                if (ratio >= minimumOverlapRatio)
                {
                    proposals.Add(new MatchProposal(item.ItemRef, candidate.State.Id, candidate.State.Code, candidate.Version,
                        "overlapping hazardous area", ratio));
                }
            }
        }

        return [.. proposals.OrderBy(p => p.ItemRef, StringComparer.Ordinal).ThenByDescending(p => p.OverlapRatio ?? 2)];
    }

    /// <summary>
    /// Approves a submitted (or unapproved) report: each item creates an object or updates the one the reviewer
    /// chose, all in one commit. Items that name an existing code update it unless a decision says otherwise. A new
    /// object that duplicates a stored one (the same geometry, or most of the smaller area shared) is refused unless
    /// its item has a decision: an update of that object, or an explicit creation all the same.
    /// </summary>
    /// <param name="code">The report.</param>
    /// <param name="decisions">The reviewer's decisions, which override the default for their items.</param>
    /// <param name="user">The reviewer.</param>
    /// <param name="rebase">Accept objects that changed since the report was prepared (the reviewer has looked at them).</param>
    /// <param name="progress">Told how many changes have been stored, if given.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The approved report and its effects, or why it was refused.</returns>
    public async Task<ReviewOutcome> ApproveAsync(string code, IReadOnlyList<ReconcileDecision> decisions, string user, bool rebase,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        if (await LargeReportAsync(code, cancellationToken).ConfigureAwait(false) is { } large)
        {
            return await ApproveInBatchesAsync(large, decisions, user, rebase, progress, cancellationToken).ConfigureAwait(false);
        }

        var (stored, refusal) = await LoadAsync(code, FieldReportStatus.Approved, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return ReviewOutcome.Refused(refusal!);
        }

        var unknown = decisions.FirstOrDefault(d => stored.Report.Items.All(i => i.ItemRef != d.ItemRef));
        if (unknown is not null)
        {
            return ReviewOutcome.Refused($"{code} has no item '{unknown.ItemRef}'.");
        }

        var byItem = decisions.ToDictionary(d => d.ItemRef, StringComparer.Ordinal);
        var (planned, violations) = await PlanAndCheckAsync(stored.Report, byItem, checkDuplicates: true, cancellationToken).ConfigureAwait(false);
        if (violations.Count > 0)
        {
            return ReviewOutcome.Invalid(violations);
        }

        if (!rebase && Stale(planned, code) is { } stale)
        {
            return ReviewOutcome.Conflicted(stale);
        }

        planned = await WithCodesAsync(planned, stored.Report.Status == FieldReportStatus.Unapproved, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var changes = planned.Select(ChangeOf).ToList();
        var report = stored.Report with { Status = FieldReportStatus.Approved, ReviewedBy = user, ReviewedAt = now, ReviewNote = null };
        var conflict = await store.CommitAsync(new Commit(report, stored.Version, changes, user, now), progress, cancellationToken)
            .ConfigureAwait(false);
        if (conflict is not null)
        {
            return ReviewOutcome.Conflicted(conflict);
        }

        return ReviewOutcome.Done(report, await store.GetReportEffectsAsync(report.Id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Rejects a submitted report; nothing changes but the report's status.</summary>
    /// <param name="code">The report.</param>
    /// <param name="reason">Why, for the people who wrote it.</param>
    /// <param name="user">The reviewer.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The rejected report, or why it was refused.</returns>
    public async Task<ReviewOutcome> RejectAsync(string code, string reason, string user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ReviewOutcome.Refused("rejecting a report needs a reason for the people who wrote it.");
        }

        var (stored, refusal) = await LoadHeaderAsync(code, FieldReportStatus.Rejected, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return ReviewOutcome.Refused(refusal!);
        }

        var now = time.GetUtcNow();
        var report = stored.Report with { Status = FieldReportStatus.Rejected, ReviewedBy = user, ReviewedAt = now, ReviewNote = reason };
        var conflict = await store.CommitAsync(new Commit(report, stored.Version, [], user, now), null, cancellationToken).ConfigureAwait(false);
        return conflict is null ? ReviewOutcome.Done(report) : ReviewOutcome.Conflicted(conflict);
    }

    /// <summary>
    /// Unapproves an approved report, reverting exactly what its approval did: objects it created are withdrawn and
    /// objects it updated go back to their earlier state. Refused when a later change touched any of them.
    /// </summary>
    /// <param name="code">The report.</param>
    /// <param name="reason">Why.</param>
    /// <param name="user">The reviewer.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>The unapproved report and the reverting changes, or why it was refused.</returns>
    public async Task<ReviewOutcome> UnapproveAsync(string code, string reason, string user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ReviewOutcome.Refused("unapproving a report needs a reason.");
        }

        var (stored, refusal) = await LoadHeaderAsync(code, FieldReportStatus.Unapproved, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return ReviewOutcome.Refused(refusal!);
        }

        var effects = await store.GetReportEffectsAsync(stored.Report.Id, cancellationToken).ConfigureAwait(false);
        var changes = new List<ObjectChange>(effects.Count);
        foreach (var effect in effects.Reverse())
        {
            var history = await store.GetHistoryAsync(effect.ObjectId, cancellationToken).ConfigureAwait(false);
            var current = history[^1];
            if (current.Version != effect.VersionAfter)
            {
                return ReviewOutcome.Conflicted(new CommitConflict(effect.Code, effect.VersionAfter, current.Version,
                    $"{effect.Code} was changed again after {code} was approved (now version {current.Version}, by {current.ReportCode ?? "another change"}); " +
                    $"unapprove that report first."));
            }

            changes.Add(effect.VersionBefore == 0
                ? new ObjectChange(effect.ObjectId, effect.Kind, effect.Code, effect.VersionAfter, ChangeKind.Withdrawn, null)
                : new ObjectChange(effect.ObjectId, effect.Kind, effect.Code, effect.VersionAfter, ChangeKind.Reverted,
                    history.Single(v => v.Version == effect.VersionBefore).State));
        }

        var now = time.GetUtcNow();
        var report = stored.Report with { Status = FieldReportStatus.Unapproved, ReviewedBy = user, ReviewedAt = now, ReviewNote = reason };
        var conflict = await store.CommitAsync(new Commit(report, stored.Version, changes, user, now), null, cancellationToken)
            .ConfigureAwait(false);
        return conflict is null ? ReviewOutcome.Done(report, effects) : ReviewOutcome.Conflicted(conflict);
    }

    /// <summary>What approving the report would store, with every rule checked, without storing anything.</summary>
    /// <param name="code">The report.</param>
    /// <param name="decisions">The reviewer's decisions.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The planned changes (codes of new objects still empty) and the rules broken.</returns>
    public async Task<(IReadOnlyList<PlannedChange> Planned, IReadOnlyList<InvariantViolation> Violations)> PreviewAsync(
        string code, IReadOnlyList<ReconcileDecision> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var stored = await store.GetReportAsync(code, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return ([], [new InvariantViolation(code, "code", null, "no field report has this code.")]);
        }

        return await PlanAndCheckAsync(stored.Report, decisions.ToDictionary(d => d.ItemRef, StringComparer.Ordinal), checkDuplicates: true,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<(List<PlannedChange> Planned, IReadOnlyList<InvariantViolation> Violations)> PlanAndCheckAsync(
        FieldReport report, IReadOnlyDictionary<string, ReconcileDecision> decisions, bool checkDuplicates, CancellationToken cancellationToken)
    {
        var materializer = new ReportMaterializer(store, measure);
        var (planned, violations) = await materializer.PlanAsync(report, decisions, cancellationToken).ConfigureAwait(false);
        if (violations.Count > 0)
        {
            return (planned, violations);
        }

        var codes = await store.GetCodeTablesAsync(cancellationToken).ConfigureAwait(false);
        var checker = new InvariantChecker(store, measure, codes, options);
        var broken = await checker.CheckAsync(report, planned, cancellationToken).ConfigureAwait(false);
        if (checkDuplicates && broken.Count == 0)
        {
            broken = await checker.CheckDuplicatesAsync(report, planned, decisions, cancellationToken).ConfigureAwait(false);
        }

        return (planned, broken);
    }

    private async Task<List<PlannedChange>> WithCodesAsync(List<PlannedChange> planned, bool approvedBefore, CancellationToken cancellationToken)
    {
        var needs = await CodeNeedsAsync(planned, approvedBefore, cancellationToken).ConfigureAwait(false);
        var reserved = new Dictionary<string, Queue<string>>(StringComparer.Ordinal);
        foreach (var group in needs.Where(n => n.Prefix is not null).GroupBy(n => n.Prefix!, StringComparer.Ordinal))
        {
            reserved[group.Key] = new Queue<string>(await store.ReserveCodesAsync(group.Key, group.Count(), cancellationToken).ConfigureAwait(false));
        }

        return WithCodes(planned, needs, reserved);
    }

    // For each planned object without a code: the code it had before (a report approved again after unapproval
    // recreates the objects it withdrew, which keep their codes), or the prefix of a new one (kind and district).
    // Objects a report creates have identities of that report's own, so only a report approved before (now
    // unapproved) can recreate any: the others skip the history look-up.
    private async Task<List<(int Index, string? Kept, string? Prefix)>> CodeNeedsAsync(List<PlannedChange> planned, bool approvedBefore,
        CancellationToken cancellationToken)
    {
        var materializer = new ReportMaterializer(store, measure);
        var byId = planned.ToDictionary(p => p.State.Id, p => p.State);
        var needs = new List<(int Index, string? Kept, string? Prefix)>();
        for (var i = 0; i < planned.Count; i++)
        {
            if (planned[i].State.Code.Length > 0)
            {
                continue;
            }

            if (planned[i].IsCreate && approvedBefore)
            {
                var history = await store.GetHistoryAsync(planned[i].State.Id, cancellationToken).ConfigureAwait(false);
                if (history.Count > 0)
                {
                    needs.Add((i, history[^1].Code, null));
                    continue;
                }
            }

            var district = await materializer.DistrictOfAsync(planned[i].State, byId, cancellationToken).ConfigureAwait(false);
            var prefix = ObjectKindInfo.Of(planned[i].State.Kind).CodePrefix;
            needs.Add((i, null, district is null ? $"{prefix}-" : $"{prefix}-{district.ShortCode}-"));
        }

        return needs;
    }

    private static List<PlannedChange> WithCodes(List<PlannedChange> planned, List<(int Index, string? Kept, string? Prefix)> needs,
        Dictionary<string, Queue<string>> reserved)
    {
        var result = new List<PlannedChange>(planned);
        foreach (var (index, kept, prefix) in needs)
        {
            var code = kept ?? reserved[prefix!].Dequeue();
            result[index] = result[index] with { State = result[index].State with { Code = code } };
        }

        return result;
    }

    // The first object that changed since the report was prepared against it.
    private static CommitConflict? Stale(IEnumerable<PlannedChange> planned, string code)
    {
        var changed = planned.FirstOrDefault(p => p.Target is not null && p.Item.BaseVersion is { } b && b != p.Target.Version);
        return changed is null ? null : new CommitConflict(changed.Target!.State.Code, changed.Item.BaseVersion!.Value, changed.Target.Version,
            $"{changed.Target.State.Code} changed since {code} was prepared (version {changed.Item.BaseVersion} then, {changed.Target.Version} now); " +
            $"compare with 'homeward history {changed.Target.State.Code}' and approve with --rebase to apply the report over the new version.");
    }

    private static ObjectChange ChangeOf(PlannedChange p) => p.IsCreate
        ? new ObjectChange(p.State.Id, p.State.Kind, p.State.Code, 0, ChangeKind.Created, p.State)
        : new ObjectChange(p.State.Id, p.State.Kind, p.State.Code, p.Target!.Version, ChangeKind.Updated, p.State);

    // The report without its items, for steps that change only its status (its items never change once stored).
    private async Task<(ReportHeader? Report, string? Refusal)> LoadHeaderAsync(string code, FieldReportStatus to, CancellationToken cancellationToken)
    {
        var header = await store.GetReportHeaderAsync(code, cancellationToken).ConfigureAwait(false);
        if (header is null)
        {
            return (null, $"no field report has the code {code}.");
        }

        return FieldReportStatusTransitions.IsAllowed(header.Report.Status, to) ? (header, null) : (null, NotAllowed(code, header.Report.Status, to));
    }

    private async Task<(StoredReport? Report, string? Refusal)> LoadAsync(string code, FieldReportStatus to, CancellationToken cancellationToken)
    {
        var stored = await store.GetReportAsync(code, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return (null, $"no field report has the code {code}.");
        }

        return FieldReportStatusTransitions.IsAllowed(stored.Report.Status, to) ? (stored, null) : (null, NotAllowed(code, stored.Report.Status, to));
    }

    // Each item with the version of the existing object it describes (by its target code or its own), which approval
    // compares with the object's version then; null when it describes no stored object.
    private async Task<(Dictionary<string, (string Code, int Version)> Bases, string? Refusal)> PrepareItemsAsync(IFieldReportItemSource items,
        CancellationToken cancellationToken)
    {
        var bases = new Dictionary<string, (string Code, int Version)>(StringComparer.Ordinal);
        if (items.Count == 0)
        {
            return (bases, "the report has no items.");
        }

        var refs = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var item in items.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!refs.TryAdd(item.ItemRef, 1))
            {
                refs[item.ItemRef]++;
                continue;
            }

            var code = item.TargetCode ?? CodeOf(item);
            var existing = code is null ? null : await store.FindByCodeAsync(code, null, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                bases[item.ItemRef] = (code!, existing.Version);
            }
        }

        var duplicate = refs.FirstOrDefault(p => p.Value > 1);
        return (bases, duplicate.Key is null ? null : $"the item reference '{duplicate.Key}' is used by {duplicate.Value} items; each must be unique.");
    }

    private static FieldReportItem Based(FieldReportItem item, Dictionary<string, (string Code, int Version)> bases) =>
        bases.TryGetValue(item.ItemRef, out var b) ? item with { TargetCode = b.Code, BaseVersion = b.Version } : item with { BaseVersion = null };

    private async Task<FieldReport> NewReportAsync(FieldReportDraft draft, IReadOnlyList<FieldReportItem> items, string user,
        CancellationToken cancellationToken)
    {
        var reportCode = (await store.ReserveCodesAsync("FR-", 1, cancellationToken).ConfigureAwait(false))[0];
        return new FieldReport
        {
            Id = draft.Id ?? Guid.NewGuid(),
            Code = reportCode,
            Title = draft.Title,
            FormType = draft.FormType,
            ReportedOn = draft.ReportedOn,
            IsSynthetic = draft.IsSynthetic,
            CreatedBy = user,
            CreatedAt = time.GetUtcNow(),
            Items = items,
            Attachments = draft.Attachments is { Count: > 0 } attachments ? attachments : null,
        };
    }

    private static string? CodeOf(FieldReportItem item) =>
        System.Text.Json.Nodes.JsonNode.Parse(item.AttributesJson) is System.Text.Json.Nodes.JsonObject o
        && o["code"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
