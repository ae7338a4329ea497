using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// Applies a <see cref="Commit"/> in one READ COMMITTED transaction with the GeoPackage store's rules
/// (<see cref="CommitRules"/>). Concurrency: the transaction first shares the commit lock, then takes transaction-scoped
/// advisory locks on the report and on every object it changes, in one sorted order (so two commits never wait for each
/// other in a cycle); a commit of more than <see cref="ObjectLocksLimit"/> changes, or of streamed ones, takes the commit
/// lock alone instead of a lock per object, which PostgreSQL's lock table could not hold. Every
/// statement after that sees what the previous holders committed, so the expected-version checks read the true latest
/// versions. Two commits that touch different objects run side by side and queue only on the data version row, updated
/// last. Unique indexes (one current version per object, one live object per code, one report per code) are the last
/// line of defence: a violation rolls back, and the caller runs the commit again, when the checks name the conflict.
/// </summary>
internal static class CommitWriter
{
    /// <summary>The most changes a commit locks object by object; a larger one locks out every other commit instead.</summary>
    public const int ObjectLocksLimit = 1000;

    // The first key of the commit lock, in the two-key advisory-lock space (apart from the one-key space of objects).
    private const int CommitLockClass = 0x484D5744; // "HMWD"

    /// <summary>Applies the commit.</summary>
    /// <param name="db">The session, in a fresh READ COMMITTED transaction that the caller commits when this returns null.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="commit">The commit, validated.</param>
    /// <param name="progress">Told the number of changes applied so far, if given.</param>
    /// <param name="cancellationToken">Cancels it; the caller rolls back.</param>
    /// <returns><see langword="null"/> on success, else the conflict (the caller rolls back).</returns>
    public static async Task<CommitConflict?> ApplyAsync(PgSession db, StoreSchema schema, Commit commit, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        await LockAsync(db, commit, cancellationToken).ConfigureAwait(false);
        var report = commit.Report;
        var found = await ReportRows.FindForUpdateAsync(db, schema, report.Id, report.Code, cancellationToken).ConfigureAwait(false);
        var conflict = CommitRules.CheckReport(report, commit.ExpectedReportVersion, found);
        if (conflict is not null)
        {
            return conflict;
        }

        // Items are written with the report's first version only: afterwards only its header changes.
        await (found.Count == 0
            ? ReportRows.InsertAsync(db, schema, report, 1, commit.NewItems, null, cancellationToken)
            : ReportRows.UpdateHeaderAsync(db, schema, report, commit.ExpectedReportVersion + 1, cancellationToken)).ConfigureAwait(false);
        var effects = new List<ReportEffect>(commit.Changes.Count);
        var i = 0;
        await foreach (var change in commit.ChangesAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (commit.StreamedChanges is not null)
            {
                // Streamed changes are not known in advance; the commit holds the commit lock alone (LockAsync).
                CommitRules.ValidateChange(change);
            }

            conflict = await ApplyAsync(db, schema, commit, change, effects, cancellationToken).ConfigureAwait(false);
            if (conflict is not null)
            {
                return conflict;
            }

            progress?.Report(++i);
        }

        if (report.Status == FieldReportStatus.Approved)
        {
            await ReportRows.ReplaceEffectsAsync(db, schema, report.Id, effects, cancellationToken).ConfigureAwait(false);
        }

        await MetaTable.IncrementDataVersionAsync(db, schema, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>The advisory-lock key of a report or object: the first 64 bits of its identity.</summary>
    /// <param name="id">The identity.</param>
    /// <returns>The key.</returns>
    public static long LockKey(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]);
    }

    private static async Task LockAsync(PgSession db, Commit commit, CancellationToken cancellationToken)
    {
        // A commit of many changes (or of changes not known in advance) would need a lock per object, more than
        // PostgreSQL's shared lock table holds (max_locks_per_transaction × connections, a few thousand): it takes
        // the commit lock alone instead, which waits for every other commit and keeps them out until it ends.
        // Every other commit shares the commit lock, then locks its report and objects.
        if (commit.StreamedChanges is not null || commit.Changes.Count > ObjectLocksLimit)
        {
            await db.ExecuteAsync("SELECT pg_advisory_xact_lock($1, $2)", cancellationToken, Pg.Integer(CommitLockClass), Pg.Integer(0))
                .ConfigureAwait(false);

            // The tables grow by up to millions of rows inside this one transaction. A prepared statement's plan, made
            // once for all when statistics said a table was empty (after a vacuum of an empty table), scans it whole
            // each time, so each change costs more than the last; plan each execution at the table's current size.
            await db.ExecuteAsync("SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken).ConfigureAwait(false);
            return;
        }

        await db.ExecuteAsync("SELECT pg_advisory_xact_lock_shared($1, $2)", cancellationToken, Pg.Integer(CommitLockClass), Pg.Integer(0))
            .ConfigureAwait(false);
        var keys = commit.Changes.Select(c => LockKey(c.ObjectId)).Append(LockKey(commit.Report.Id)).Distinct().Order().ToArray();

        // Sorted in the subquery and taken row by row in that order: every commit locks in the same order.
        await db.ExecuteAsync(
            "SELECT pg_advisory_xact_lock(k) FROM (SELECT k FROM unnest($1::bigint[]) AS u (k) ORDER BY k) AS sorted",
            cancellationToken, Pg.Array(keys, NpgsqlTypes.NpgsqlDbType.Bigint)).ConfigureAwait(false);
    }

    private static async Task<CommitConflict?> ApplyAsync(PgSession db, StoreSchema schema, Commit commit, ObjectChange change,
        List<ReportEffect> effects, CancellationToken cancellationToken)
    {
        // One round trip for what the checks need: the latest version, and another live object that holds the code.
        var read = await db.QueryFirstAsync(
            $"""
            SELECT l.version, l.change, l.kind, l.valid_from, l.changed_by, h.kind
            FROM (SELECT 1) AS one
            LEFT JOIN LATERAL (
              SELECT version, change, kind, valid_from, coalesce(report_code, changed_by) AS changed_by FROM {schema.ObjectVersions}
              WHERE object_id = $1 ORDER BY version DESC LIMIT 1) AS l ON true
            LEFT JOIN LATERAL (
              SELECT kind FROM {schema.ObjectVersions}
              WHERE code = $2 AND valid_to IS NULL AND change <> 'withdrawn' AND object_id <> $1 LIMIT 1) AS h ON true
            """,
            r => new Heads(
                r.IsDBNull(0) ? null : new ObjectHead(r.GetInt32(0), EnumText.Parse<ChangeKind>(r.GetString(1)),
                    EnumText.Parse<ObjectKind>(r.GetString(2)), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4)),
                r.IsDBNull(5) ? null : EnumText.Parse<ObjectKind>(r.GetString(5))),
            cancellationToken, Pg.Uuid(change.ObjectId), Pg.Text(change.Code)).ConfigureAwait(false);
        var latest = read!.Latest;
        var conflict = CommitRules.CheckChange(change, latest)
            ?? (change.Change != ChangeKind.Withdrawn && read.CodeHolder is { } holder ? CommitRules.CodeTaken(change, latest, holder) : null);
        if (conflict is not null)
        {
            return conflict;
        }

        CommitRules.CheckTimeOrder(commit, change, latest);
        var version = (latest?.Version ?? 0) + 1;
        var state = change.Change == ChangeKind.Withdrawn ? null : change.NewState!;
        var layer = LayerTable.Of(change.Kind);

        // One round trip for the writes: close the current version, add the new one, mirror it in the kind's table.
        await db.ExecuteBatchAsync(cancellationToken,
            ($"UPDATE {schema.ObjectVersions} SET valid_to = $2 WHERE object_id = $1 AND valid_to IS NULL",
                [Pg.Uuid(change.ObjectId), Pg.Timestamp(commit.At)]),
            ($"""
            INSERT INTO {schema.ObjectVersions} (object_id, version, kind, code, change, valid_from, valid_to, changed_by, report_id,
              report_code, payload, geom)
            VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8, $9, $10, ST_Force2D(ST_SetSRID($11, 4326)))
            """,
                [
                    Pg.Uuid(change.ObjectId), Pg.Integer(version), Pg.Text(EnumText.Of(change.Kind)), Pg.Text(change.Code),
                    Pg.Text(EnumText.Of(change.Change)), Pg.Timestamp(commit.At), Pg.Text(commit.ChangedBy),
                    Pg.Uuid(commit.Report.Id), Pg.Text(commit.Report.Code), Pg.Jsonb(state is null ? null : DomainJson.Serialize(state)),
                    Pg.Geometry(state?.Geometry),
                ]),
            state is null
                ? (layer.DeleteSql(schema), [Pg.Uuid(change.ObjectId)])
                : (layer.UpsertFromHistorySql(schema, "v.object_id = $1 AND v.version = $2"), [Pg.Uuid(change.ObjectId), Pg.Integer(version)]))
            .ConfigureAwait(false);
        effects.Add(new ReportEffect(change.ObjectId, change.Kind, change.Code,
            change.Change == ChangeKind.Created ? 0 : latest!.Version, version, change.Change));
        return null;
    }

    /// <summary>What a change is checked against.</summary>
    /// <param name="Latest">The object's latest version, if it ever existed.</param>
    /// <param name="CodeHolder">The kind of another live object that holds the change's code, if any.</param>
    private sealed record Heads(ObjectHead? Latest, ObjectKind? CodeHolder);
}
