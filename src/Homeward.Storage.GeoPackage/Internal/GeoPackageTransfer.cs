using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Geo.GeoPackage;
using Microsoft.Data.Sqlite;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// Reads a whole file into a <see cref="StoreContent"/> from one read transaction (a WAL snapshot), and writes one into
/// an empty file in one write transaction, the current-state layers and their extents included.
/// </summary>
internal static class GeoPackageTransfer
{
    /// <summary>Reads the file and hands its content to <paramref name="consume"/>.</summary>
    /// <param name="connection">The open connection, outside any transaction.</param>
    /// <param name="consume">Reads the content.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task ExportAsync(SqliteConnection connection, Func<StoreContent, CancellationToken, Task> consume,
        CancellationToken cancellationToken)
    {
        // A deferred transaction reads one snapshot of the file from its first statement on, whatever writers do meanwhile.
        using var transaction = connection.BeginTransaction(deferred: true);
        var db = new SqlSession(connection, transaction);
        var dataVersion = await MetaTable.GetNumberAsync(db, MetaTable.DataVersionKey, cancellationToken).ConfigureAwait(false) ?? 0;
        var counts = await db.QueryFirstAsync(
            """
            SELECT (SELECT count(*) FROM field_reports), (SELECT count(*) FROM report_effects), (SELECT count(*) FROM object_versions)
            """,
            r => new StoreContentCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)), cancellationToken).ConfigureAwait(false);
        var codeValues = await CodeValueRows.ReadAllAsync(db, cancellationToken).ConfigureAwait(false);
        var sequences = await db.QueryAsync("SELECT prefix, last FROM code_sequences ORDER BY prefix",
            r => new CodeSequence(r.GetString(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
        var content = new StoreContent(
            dataVersion,
            counts!,
            codeValues,
            sequences,
            ReadReportsAsync(db, cancellationToken),
            ReadEffectsAsync(db, cancellationToken),
            db.StreamAsync($"SELECT {HistoryRow.Columns} FROM object_versions v ORDER BY v.object_id, v.version",
                r => HistoryRow.Read(r).ToObjectVersion(), cancellationToken));
        await consume(content, cancellationToken).ConfigureAwait(false);
        transaction.Commit();
    }

    /// <summary>Writes <paramref name="content"/> into the empty file of <paramref name="connection"/>.</summary>
    /// <param name="connection">The open connection, outside any transaction.</param>
    /// <param name="content">The content.</param>
    /// <param name="progress">Told the rows written so far, if given.</param>
    /// <param name="now">The time of the change, for <c>gpkg_contents</c>.</param>
    /// <param name="cancellationToken">Cancels it; nothing is stored then.</param>
    /// <returns>A task.</returns>
    /// <exception cref="InvalidOperationException">The file holds data already.</exception>
    public static async Task ImportAsync(SqliteConnection connection, StoreContent content, IProgress<long>? progress, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var transaction = connection.BeginTransaction(deferred: false);
        var db = new SqlSession(connection, transaction);
        var used = await db.ScalarAsync<long>(
            "SELECT (SELECT count(*) FROM field_reports) + (SELECT count(*) FROM object_versions)", cancellationToken).ConfigureAwait(false);
        var dataVersion = await MetaTable.GetNumberAsync(db, MetaTable.DataVersionKey, cancellationToken).ConfigureAwait(false) ?? 0;
        if (used > 0 || dataVersion > 0)
        {
            throw new InvalidOperationException("The GeoPackage holds data already; a whole database is copied only into an empty one.");
        }

        await db.ExecuteAsync("DELETE FROM code_values; DELETE FROM code_sequences", cancellationToken).ConfigureAwait(false);
        foreach (var value in content.CodeValues)
        {
            await CodeValueRows.UpsertAsync(db, value, cancellationToken).ConfigureAwait(false);
        }

        foreach (var sequence in content.CodeSequences)
        {
            await db.ExecuteAsync("INSERT INTO code_sequences (prefix, last) VALUES (@prefix, @last)", cancellationToken,
                ("@prefix", sequence.Prefix), ("@last", sequence.Last)).ConfigureAwait(false);
        }

        long written = 0;
        await foreach (var stored in content.Reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await ReportRows.InsertAsync(db, stored.Report, stored.Version, new FieldReportItemList(stored.Report.Items), null, cancellationToken)
                .ConfigureAwait(false);
            progress?.Report(++written);
        }

        await foreach (var set in content.Effects.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await ReportRows.ReplaceEffectsAsync(db, set.ReportId, set.Effects, cancellationToken).ConfigureAwait(false);
            written += set.Effects.Count;
            progress?.Report(written);
        }

        await foreach (var version in content.Versions.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await InsertVersionAsync(db, version, cancellationToken).ConfigureAwait(false);
            if (version.ValidTo is null && version.State is { } state)
            {
                await LayerWriter.UpsertAsync(db, state, version.Version, cancellationToken).ConfigureAwait(false);
            }

            progress?.Report(++written);
        }

        foreach (var layer in LayerSchema.All)
        {
            await GeoPackageSchema.RecomputeExtentAsync(db, layer, now, cancellationToken).ConfigureAwait(false);
        }

        await GeoPackageSchema.TouchAsync(db, "object_versions", now, cancellationToken).ConfigureAwait(false);
        await MetaTable.SetAsync(db, MetaTable.DataVersionKey, content.DataVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
    }

    private static Task<int> InsertVersionAsync(SqlSession db, ObjectVersion version, CancellationToken cancellationToken) =>
        db.ExecuteAsync("""
            INSERT INTO object_versions (object_id, kind, code, version, change, valid_from, valid_to, changed_by, report_id, report_code,
              payload, geom)
            VALUES (@id, @kind, @code, @version, @change, @from, @to, @by, @report_id, @report_code, @payload, @geom)
            """,
            cancellationToken,
            ("@id", version.ObjectId), ("@kind", EnumText.Of(version.Kind)), ("@code", version.Code), ("@version", version.Version),
            ("@change", EnumText.Of(version.Change)), ("@from", version.ValidFrom), ("@to", version.ValidTo),
            ("@by", version.ChangedBy), ("@report_id", version.ReportId), ("@report_code", version.ReportCode),
            ("@payload", version.State is null ? null : DomainJson.Serialize(version.State)),
            ("@geom", version.State?.Geometry is { } geometry ? GeoPackageGeometryBlob.Write(geometry, StoreGeometry.Srid) : null));

    private static async IAsyncEnumerable<StoredReport> ReadReportsAsync(SqlSession db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var header in db.StreamAsync("SELECT payload, version FROM field_reports ORDER BY code",
            r => new StoredReport(ReportJson.Form.Deserialize(r.GetString(0)), r.GetInt32(1)), cancellationToken).ConfigureAwait(false))
        {
            var items = await ReportItemRows.ReadAsync(db, header.Report.Id, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
            yield return header with { Report = header.Report with { Items = items } };
        }
    }

    private static async IAsyncEnumerable<StoredReportEffects> ReadEffectsAsync(SqlSession db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? reportId = null;
        var effects = new List<ReportEffect>();
        await foreach (var (id, effect) in db.StreamAsync(
            "SELECT report_id, object_id, kind, code, version_before, version_after, change FROM report_effects ORDER BY report_id, seq",
            r => (HistoryRow.ParseId(r.GetString(0)), new ReportEffect(
                HistoryRow.ParseId(r.GetString(1)),
                EnumText.Parse<ObjectKind>(r.GetString(2)),
                r.GetString(3),
                r.GetInt32(4),
                r.GetInt32(5),
                EnumText.Parse<ChangeKind>(r.GetString(6)))),
            cancellationToken).ConfigureAwait(false))
        {
            if (reportId is { } current && current != id)
            {
                yield return new StoredReportEffects(current, effects);
                effects = [];
            }

            reportId = id;
            effects.Add(effect);
        }

        if (reportId is { } last)
        {
            yield return new StoredReportEffects(last, effects);
        }
    }
}
