using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
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
        CancellationToken cancellationToken)
    {
        Validate(commit);
        cancellationToken.ThrowIfCancellationRequested();

        // Disposing the transaction without committing rolls it back: on a conflict, an exception or a cancellation.
        using var transaction = connection.BeginTransaction(deferred: false);
        var db = new SqlSession(connection, transaction);
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
        var expected = commit.ExpectedReportVersion;
        var found = await ReportRows.FindAsync(db, report.Id, report.Code, cancellationToken).ConfigureAwait(false);
        if (found.Any(r => r.Id != report.Id))
        {
            return new CommitConflict(report.Code, expected, 0,
                $"{report.Code} is already the code of another field report; give this report a new code.");
        }

        var current = found.Count == 0 ? 0 : found[0].Version;
        if (current != expected)
        {
            return new CommitConflict(report.Code, expected, current, (current, expected) switch
            {
                (_, 0) => Text($"{report.Code} already exists (version {current}); it was saved meanwhile. Reload it and try again."),
                (0, _) => Text($"{report.Code} does not exist, not at version {expected} as expected; reload the report list."),
                _ => Text($"{report.Code} is at version {current}, not {expected} as expected: it was changed meanwhile. ") +
                    "Reload it and try again.",
            });
        }

        await ReportRows.UpsertAsync(db, report, expected + 1, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static async Task<CommitConflict?> ApplyChangesAsync(SqlSession db, Commit commit, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var effects = new List<ReportEffect>(commit.Changes.Count);
        // The kinds changed, with the envelope of the geometries written to their tables.
        var touched = new Dictionary<ObjectKind, Envelope>();
        for (var i = 0; i < commit.Changes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var change = commit.Changes[i];
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

            progress?.Report(i + 1);
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
            r => new Latest(r.GetInt32(0), EnumText<ChangeKind>.Parse(r.GetString(1)), EnumText<ObjectKind>.Parse(r.GetString(2)),
                r.GetString(3), r.GetString(4)),
            cancellationToken, ("@id", change.ObjectId)).ConfigureAwait(false);
        var conflict = Check(change, latest)
            ?? await CheckCodeAsync(db, change, latest, cancellationToken).ConfigureAwait(false);
        if (conflict is not null)
        {
            return conflict;
        }

        var at = UtcText.Of(commit.At);
        if (latest is not null && string.CompareOrdinal(latest.ValidFrom, at) > 0)
        {
            throw new ArgumentException(
                Text($"The commit is stamped {at}, before version {latest.Version} of {change.Code} ({latest.ValidFrom}); ") +
                "commits must come in time order.",
                nameof(commit));
        }

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
            ("@id", change.ObjectId), ("@kind", EnumText<ObjectKind>.Of(change.Kind)), ("@code", change.Code), ("@version", version),
            ("@change", EnumText<ChangeKind>.Of(change.Change)), ("@at", at), ("@by", commit.ChangedBy), ("@report_id", commit.Report.Id),
            ("@report_code", commit.Report.Code), ("@payload", state is null ? null : DomainJson.Serialize(state)),
            ("@geom", state?.Geometry is { } geometry ? GeoPackageBlob.Write(geometry) : null)).ConfigureAwait(false);
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

    private static CommitConflict? Check(ObjectChange change, Latest? latest)
    {
        var code = change.Code;
        var expected = change.ExpectedVersion;
        var live = latest is not null && latest.Change != ChangeKind.Withdrawn;
        if (latest is not null && latest.Kind != change.Kind)
        {
            return new CommitConflict(code, expected, live ? latest.Version : 0,
                $"{code} names a stored {EnumText<ObjectKind>.Of(latest.Kind)}, not a {EnumText<ObjectKind>.Of(change.Kind)}; " +
                "review it again.");
        }

        if (change.Change == ChangeKind.Created)
        {
            return live
                ? new CommitConflict(code, expected, latest!.Version,
                    Text($"{code} already exists (version {latest.Version}, by {latest.ChangedBy}); it cannot be created again. ") +
                    "Review it again.")
                : null;
        }

        if (latest is null)
        {
            return new CommitConflict(code, expected, 0,
                Text($"{code} does not exist, not at version {expected} as expected; review it again."));
        }

        if (!live)
        {
            return new CommitConflict(code, expected, 0,
                Text($"{code} was withdrawn (version {latest.Version}, by {latest.ChangedBy}), not at version {expected} as expected; ") +
                "review it again.");
        }

        return latest.Version == expected
            ? null
            : new CommitConflict(code, expected, latest.Version,
                Text($"{code} is at version {latest.Version} (changed by {latest.ChangedBy}), not {expected} as expected; ") +
                "review it again.");
    }

    private static async Task<CommitConflict?> CheckCodeAsync(SqlSession db, ObjectChange change, Latest? latest,
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
        return holder is null
            ? null
            : new CommitConflict(change.Code, change.ExpectedVersion, latest is { Change: not ChangeKind.Withdrawn } ? latest.Version : 0,
                $"{change.Code} is already the code of another {holder}; give the object a new code and review it again.");
    }

    private static void Validate(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(commit.Report);
        ArgumentNullException.ThrowIfNull(commit.Changes);
        ArgumentNullException.ThrowIfNull(commit.ChangedBy);
        ArgumentOutOfRangeException.ThrowIfNegative(commit.ExpectedReportVersion);
        ArgumentException.ThrowIfNullOrEmpty(commit.Report.Code);
        foreach (var change in commit.Changes)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(commit));
            ArgumentException.ThrowIfNullOrEmpty(change.Code, nameof(commit));
            ArgumentOutOfRangeException.ThrowIfNegative(change.ExpectedVersion, nameof(commit));
            if (change.Change == ChangeKind.Withdrawn)
            {
                continue;
            }

            var state = change.NewState
                ?? throw new ArgumentException($"The {change.Change} change of {change.Code} has no new state.", nameof(commit));
            if (state.Id != change.ObjectId || state.Kind != change.Kind
                || !string.Equals(state.Code, change.Code, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"The change of {change.Code} does not match its new state ({state.Kind} {state.Code}, {state.Id}).", nameof(commit));
            }

            CheckGeometry(state);
        }
    }

    private static void CheckGeometry(DomainObject state)
    {
        var geometry = state.Geometry;
        if (geometry is null)
        {
            return;
        }

        var shape = ObjectKindInfo.Of(state.Kind).Shape;
        var fits = shape switch
        {
            GeometryShape.Point => geometry is Point,
            GeometryShape.Polygonal => geometry is Polygon or MultiPolygon,
            _ => false,
        };
        if (!fits)
        {
            throw new ArgumentException(
                $"{state.Code} is a {state.Kind} and cannot have a {geometry.GeometryType} geometry (it takes {shape}).", nameof(state));
        }

        if (geometry.SRID > 0 && geometry.SRID != StoreGeometry.Srid)
        {
            throw new ArgumentException(
                Text($"The geometry of {state.Code} has SRID {geometry.SRID}; the store holds EPSG:4326 (longitude, latitude) only."),
                nameof(state));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Latest(int Version, ChangeKind Change, ObjectKind Kind, string ValidFrom, string ChangedBy);
}
