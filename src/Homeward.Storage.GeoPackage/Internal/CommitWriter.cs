using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Geo.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// Applies a <see cref="Commit"/> in one write transaction (<c>BEGIN IMMEDIATE</c>): the report with its optimistic
/// version check, then each change with its expected-version check, the history rows, the current-state tables and
/// the report's effects. The first check that fails rolls everything back and becomes the returned conflict.
/// </summary>
internal static class CommitWriter
{
    /// <summary>Applies the commit.</summary>
    /// <param name="connection">The open connection, outside any transaction.</param>
    /// <param name="commit">The commit.</param>
    /// <param name="progress">Told the number of changes applied so far, if given.</param>
    /// <param name="cancellationToken">Cancels it; nothing is stored then.</param>
    /// <returns><see langword="null"/> on success, else the conflict (nothing stored).</returns>
    /// <exception cref="ArgumentException">The commit is malformed.</exception>
    public static async Task<CommitConflict?> CommitAsync(SqliteConnection connection, Commit commit, IProgress<int>? progress,
        CancellationToken cancellationToken) =>
        await CommitAsync(connection, commit, progress, null, cancellationToken).ConfigureAwait(false);

    /// <summary>Applies the commit, telling <paramref name="onTransaction"/> the write transaction while it is open (and null after).</summary>
    /// <param name="connection">The open connection, outside any transaction.</param>
    /// <param name="commit">The commit.</param>
    /// <param name="progress">Told the number of changes applied so far, if given.</param>
    /// <param name="onTransaction">Told the transaction, so that reads made by streamed changes' source run in it.</param>
    /// <param name="cancellationToken">Cancels it; nothing is stored then.</param>
    /// <returns><see langword="null"/> on success, else the conflict (nothing stored).</returns>
    /// <exception cref="ArgumentException">The commit is malformed.</exception>
    public static async Task<CommitConflict?> CommitAsync(SqliteConnection connection, Commit commit, IProgress<int>? progress,
        Action<SqliteTransaction?>? onTransaction, CancellationToken cancellationToken)
    {
        CommitRules.Validate(commit);
        cancellationToken.ThrowIfCancellationRequested();

        // Disposing the transaction without committing rolls it back: on a conflict, an exception or a cancellation.
        using var transaction = connection.BeginTransaction(deferred: false);
        onTransaction?.Invoke(transaction);
        try
        {
            return await CommitInAsync(new SqlSession(connection, transaction), transaction, commit, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            onTransaction?.Invoke(null);
        }
    }

    private static async Task<CommitConflict?> CommitInAsync(SqlSession db, SqliteTransaction transaction, Commit commit, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var conflict = await SaveReportAsync(db, commit, cancellationToken).ConfigureAwait(false)
            ?? await ApplyChangesAsync(db, commit, progress, cancellationToken).ConfigureAwait(false);
        if (conflict is not null)
        {
            transaction.Rollback();
            return conflict;
        }

        await MetaTable.IncrementDataVersionAsync(db, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return null;
    }

    private static async Task<CommitConflict?> SaveReportAsync(SqlSession db, Commit commit, CancellationToken cancellationToken)
    {
        var report = commit.Report;
        var found = await ReportRows.FindAsync(db, report.Id, report.Code, cancellationToken).ConfigureAwait(false);
        var conflict = CommitRules.CheckReport(report, commit.ExpectedReportVersion, found);
        if (conflict is null)
        {
            // Items are written with the report's first version only: afterwards only its header changes.
            await (found.Count == 0
                ? ReportRows.InsertAsync(db, report, 1, commit.NewItems, null, cancellationToken)
                : ReportRows.UpdateHeaderAsync(db, report, commit.ExpectedReportVersion + 1, cancellationToken)).ConfigureAwait(false);
        }

        return conflict;
    }

    private static async Task<CommitConflict?> ApplyChangesAsync(SqlSession db, Commit commit, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var effects = new List<ReportEffect>(commit.Changes.Count);
        // The kinds changed, with the envelope of the geometries written to their tables.
        var touched = new Dictionary<ObjectKind, Envelope>();
        var i = 0;
        await foreach (var change in commit.ChangesAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (commit.StreamedChanges is not null)
            {
                CommitRules.ValidateChange(change);
            }

            CommitConflict? conflict;
            try
            {
                conflict = await ApplyAsync(db, commit, change, effects, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex) when (StoreErrors.IsUniqueViolation(ex))
            {
                // The checks above make this unreachable under the write lock; it is kept as the last line of defence.
                conflict = new CommitConflict(change.Code, change.ExpectedVersion, 0,
                    $"{change.Code} could not be stored: another object holds the same key ({ex.Message}). Review it again.");
            }

            if (conflict is not null)
            {
                return conflict;
            }

            if (!touched.TryGetValue(change.Kind, out var written))
            {
                written = new Envelope();
                touched[change.Kind] = written;
            }

            if (change.NewState?.Geometry is { IsEmpty: false } geometry && change.Change != ChangeKind.Withdrawn)
            {
                written.ExpandToInclude(geometry.EnvelopeInternal);
            }

            progress?.Report(++i);
        }

        if (commit.Report.Status == FieldReportStatus.Approved)
        {
            await ReportRows.ReplaceEffectsAsync(db, commit.Report.Id, effects, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (kind, written) in touched)
        {
            var layer = LayerSchema.Of(kind);
            await (layer.IsSpatial
                ? GeoPackageSchema.TouchLayerAsync(db, layer, commit.At, written, cancellationToken)
                : GeoPackageSchema.TouchAsync(db, layer.Table, commit.At, cancellationToken)).ConfigureAwait(false);
        }

        if (touched.Count > 0)
        {
            await GeoPackageSchema.TouchAsync(db, "object_versions", commit.At, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private static async Task<CommitConflict?> ApplyAsync(SqlSession db, Commit commit, ObjectChange change, List<ReportEffect> effects,
        CancellationToken cancellationToken)
    {
        var latest = await db.QueryFirstAsync(
            """
            SELECT version, change, kind, valid_from, coalesce(report_code, changed_by) FROM object_versions
            WHERE object_id = @id ORDER BY version DESC LIMIT 1
            """,
            r => new ObjectHead(r.GetInt32(0), EnumText.Parse<ChangeKind>(r.GetString(1)), EnumText.Parse<ObjectKind>(r.GetString(2)),
                UtcText.Parse(r.GetString(3)), r.GetString(4)),
            cancellationToken, ("@id", change.ObjectId)).ConfigureAwait(false);
        var conflict = CommitRules.CheckChange(change, latest)
            ?? await CheckCodeAsync(db, change, latest, cancellationToken).ConfigureAwait(false);
        if (conflict is not null)
        {
            return conflict;
        }

        CommitRules.CheckTimeOrder(commit, change, latest);
        var at = UtcText.Of(commit.At);
        var version = (latest?.Version ?? 0) + 1;
        var state = change.Change == ChangeKind.Withdrawn ? null : change.NewState!;
        await db.ExecuteAsync("UPDATE object_versions SET valid_to = @at WHERE object_id = @id AND valid_to IS NULL",
            cancellationToken, ("@at", at), ("@id", change.ObjectId)).ConfigureAwait(false);
        await db.ExecuteAsync("""
            INSERT INTO object_versions (object_id, kind, code, version, change, valid_from, valid_to, changed_by, report_id, report_code,
              payload, geom)
            VALUES (@id, @kind, @code, @version, @change, @at, NULL, @by, @report_id, @report_code, @payload, @geom)
            """,
            cancellationToken,
            ("@id", change.ObjectId), ("@kind", EnumText.Of(change.Kind)), ("@code", change.Code), ("@version", version),
            ("@change", EnumText.Of(change.Change)), ("@at", at), ("@by", commit.ChangedBy), ("@report_id", commit.Report.Id),
            ("@report_code", commit.Report.Code), ("@payload", state is null ? null : DomainJson.Serialize(state)),
            ("@geom", state?.Geometry is { } geometry ? GeoPackageGeometryBlob.Write(geometry, StoreGeometry.Srid) : null)).ConfigureAwait(false);
        if (state is null)
        {
            await LayerWriter.DeleteAsync(db, change.Kind, change.ObjectId, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await LayerWriter.UpsertAsync(db, state, version, cancellationToken).ConfigureAwait(false);
        }

        effects.Add(new ReportEffect(change.ObjectId, change.Kind, change.Code,
            change.Change == ChangeKind.Created ? 0 : latest!.Version, version, change.Change));
        return null;
    }

    private static async Task<CommitConflict?> CheckCodeAsync(SqlSession db, ObjectChange change, ObjectHead? latest,
        CancellationToken cancellationToken)
    {
        if (change.Change == ChangeKind.Withdrawn)
        {
            return null;
        }

        var holder = await db.ScalarAsync<string>(
            """
            SELECT kind FROM object_versions
            WHERE code = @code AND valid_to IS NULL AND change <> 'withdrawn' AND object_id <> @id LIMIT 1
            """,
            cancellationToken, ("@code", change.Code), ("@id", change.ObjectId)).ConfigureAwait(false);
        return holder is null ? null : CommitRules.CodeTaken(change, latest, EnumText.Parse<ObjectKind>(holder));
    }
}
