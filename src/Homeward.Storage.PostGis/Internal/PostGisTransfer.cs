using System.Runtime.CompilerServices;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Geo;
using Npgsql;
using NpgsqlTypes;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// Reads a whole store into a <see cref="StoreContent"/> from one REPEATABLE READ snapshot, and writes one into an empty
/// store in one transaction with binary COPY, then fills the current-state tables from the history.
/// </summary>
internal static class PostGisTransfer
{
    /// <summary>Reads the store and hands its content to <paramref name="consume"/>.</summary>
    /// <param name="connection">An open connection, outside any transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="consume">Reads the content.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task ExportAsync(NpgsqlConnection connection, StoreSchema schema, Func<StoreContent, CancellationToken, Task> consume,
        CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken)
            .ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        var db = new PgSession(connection, transaction);
        await db.ExecuteAsync("SET TRANSACTION READ ONLY", cancellationToken).ConfigureAwait(false);
        var dataVersion = await MetaTable.GetDataVersionAsync(db, schema, cancellationToken).ConfigureAwait(false);
        var counts = await db.QueryFirstAsync(
            $"""
            SELECT (SELECT count(*) FROM {schema.FieldReports}), (SELECT count(*) FROM {schema.ReportEffects}),
                   (SELECT count(*) FROM {schema.ObjectVersions})
            """,
            r => new StoreContentCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)), cancellationToken).ConfigureAwait(false);
        var codeValues = await CodeValueRows.ReadAllAsync(db, schema, cancellationToken).ConfigureAwait(false);
        var sequences = await db.QueryAsync($"SELECT prefix, last FROM {schema.CodeSequences} ORDER BY prefix",
            r => new CodeSequence(r.GetString(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
        var content = new StoreContent(
            dataVersion,
            counts!,
            codeValues,
            sequences,
            ReadReportsAsync(db, schema, cancellationToken),
            ReadEffectsAsync(db, schema, cancellationToken),
            db.StreamAsync($"SELECT {HistoryRow.Columns} FROM {schema.ObjectVersions} v ORDER BY v.object_id, v.version",
                r => HistoryRow.Read(r).ToObjectVersion(), cancellationToken));
        await consume(content, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="content"/> into the empty store.</summary>
    /// <param name="connection">An open connection, outside any transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="content">The content.</param>
    /// <param name="progress">Told the rows written so far, if given.</param>
    /// <param name="cancellationToken">Cancels it; nothing is stored then.</param>
    /// <returns>A task.</returns>
    /// <exception cref="InvalidOperationException">The store holds data already.</exception>
    public static async Task ImportAsync(NpgsqlConnection connection, StoreSchema schema, StoreContent content, IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        var db = new PgSession(connection, transaction);

        // Locks out commits while the store fills; they wait and then see a store that is no longer empty.
        await db.ExecuteAsync($"LOCK TABLE {schema.Meta}, {schema.FieldReports}, {schema.ObjectVersions} IN EXCLUSIVE MODE", cancellationToken)
            .ConfigureAwait(false);
        var used = await db.ScalarAsync<bool>(
            $"SELECT EXISTS (SELECT FROM {schema.FieldReports}) OR EXISTS (SELECT FROM {schema.ObjectVersions})", cancellationToken)
            .ConfigureAwait(false);
        if (used || await MetaTable.GetDataVersionAsync(db, schema, cancellationToken).ConfigureAwait(false) > 0)
        {
            throw new InvalidOperationException("The PostGIS store holds data already; a whole database is copied only into an empty one.");
        }

        await db.ExecuteAsync($"DELETE FROM {schema.CodeValues}; DELETE FROM {schema.CodeSequences}", cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, $"{schema.CodeValues} (table_name, code, label_en, label_az, label_ru)", content.CodeValues.ToAsyncEnumerable(),
            async (w, v, ct) =>
            {
                await w.WriteAsync(v.Table, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(v.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(v.Label.En, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await WriteNullableAsync(w, v.Label.Az, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await WriteNullableAsync(w, v.Label.Ru, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            }, null, cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection, $"{schema.CodeSequences} (prefix, last)", content.CodeSequences.ToAsyncEnumerable(),
            async (w, s, ct) =>
            {
                await w.WriteAsync(s.Prefix, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(s.Last, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            }, null, cancellationToken).ConfigureAwait(false);

        var counter = new RowCounter(progress);
        // One report at a time, each with its items by COPY: a connection runs one COPY at a time.
        await foreach (var stored in content.Reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await ReportRows.InsertAsync(db, schema, stored.Report, stored.Version, new FieldReportItemList(stored.Report.Items), null, cancellationToken)
                .ConfigureAwait(false);
            counter.Add();
        }

        await CopyAsync(connection, $"{schema.ReportEffects} (report_id, seq, {ReportRows.EffectColumns})",
            Flatten(content.Effects, cancellationToken), WriteEffectAsync, counter, cancellationToken).ConfigureAwait(false);
        await CopyAsync(connection,
            $"{schema.ObjectVersions} (object_id, version, kind, code, change, valid_from, valid_to, changed_by, report_id, report_code, " +
            "payload, geom)",
            content.Versions, WriteVersionAsync, counter, cancellationToken).ConfigureAwait(false);
        foreach (var layer in LayerTable.All)
        {
            await LayerSync.FillAsync(db, schema, layer, cancellationToken).ConfigureAwait(false);
        }

        await MetaTable.SetAsync(db, schema, MetaTable.DataVersionKey, content.DataVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string target, IAsyncEnumerable<T> rows,
        Func<NpgsqlBinaryImporter, T, CancellationToken, Task> write, RowCounter? counter, CancellationToken cancellationToken)
    {
        var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken)
            .ConfigureAwait(false);
        await using var importerScope = importer.ConfigureAwait(false);
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await write(importer, row, cancellationToken).ConfigureAwait(false);
            counter?.Add();
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteEffectAsync(NpgsqlBinaryImporter w, (Guid ReportId, int Seq, ReportEffect Effect) row, CancellationToken ct)
    {
        var e = row.Effect;
        await w.WriteAsync(row.ReportId, NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
        await w.WriteAsync(row.Seq, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
        await w.WriteAsync(e.ObjectId, NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
        await w.WriteAsync(EnumText.Of(e.Kind), NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(e.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(e.VersionBefore, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
        await w.WriteAsync(e.VersionAfter, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
        await w.WriteAsync(EnumText.Of(e.Change), NpgsqlDbType.Text, ct).ConfigureAwait(false);
    }

    private static async Task WriteVersionAsync(NpgsqlBinaryImporter w, ObjectVersion v, CancellationToken ct)
    {
        await w.WriteAsync(v.ObjectId, NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
        await w.WriteAsync(v.Version, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
        await w.WriteAsync(EnumText.Of(v.Kind), NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(v.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(EnumText.Of(v.Change), NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(CommitRules.TruncateToMicroseconds(v.ValidFrom), NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
        await WriteInstantAsync(w, v.ValidTo, ct).ConfigureAwait(false);
        await w.WriteAsync(v.ChangedBy, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await WriteNullableAsync(w, v.ReportId, NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
        await WriteNullableAsync(w, v.ReportCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await WriteNullableAsync(w, v.State is null ? null : DomainJson.Serialize(v.State), NpgsqlDbType.Jsonb, ct).ConfigureAwait(false);

        // COPY checks the column's SRID but applies no function: geometries go in built by Homeward's factory (EPSG:4326).
        var geometry = v.State?.Geometry is { } g ? (g.SRID == CommitRules.StorageSrid ? g : GeometryServices.Wgs84.CreateGeometry(g)) : null;
        await WriteNullableAsync(w, geometry, NpgsqlDbType.Geometry, ct).ConfigureAwait(false);
    }

    private static Task WriteInstantAsync(NpgsqlBinaryImporter w, DateTimeOffset? value, CancellationToken ct) =>
        value is { } v ? w.WriteAsync(CommitRules.TruncateToMicroseconds(v), NpgsqlDbType.TimestampTz, ct) : w.WriteNullAsync(ct);

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, type, ct);

    private static async IAsyncEnumerable<(Guid ReportId, int Seq, ReportEffect Effect)> Flatten(IAsyncEnumerable<StoredReportEffects> sets,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var set in sets.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < set.Effects.Count; i++)
            {
                yield return (set.ReportId, i + 1, set.Effects[i]);
            }
        }
    }

    // One query (a connection reads one result at a time): each report's header once per item row, the rows in report order.
    private static async IAsyncEnumerable<StoredReport> ReadReportsAsync(PgSession db, StoreSchema schema,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StoredReport? current = null;
        var items = new List<FieldReportItem>();
        await foreach (var (code, header, version, item) in db.StreamAsync(
            $"""
            SELECT r.code, r.payload::text, r.version, i.payload::text FROM {schema.FieldReports} r
            LEFT JOIN {schema.FieldReportItems} i ON i.report_id = r.id
            ORDER BY r.code, i.seq
            """,
            r => (r.GetString(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3)), cancellationToken).ConfigureAwait(false))
        {
            if (current is null || current.Report.Code != code)
            {
                if (current is not null)
                {
                    yield return current with { Report = current.Report with { Items = items } };
                }

                current = new StoredReport(ReportJson.Form.Deserialize(header), version);
                items = [];
            }

            if (item is not null)
            {
                items.Add(ReportJson.Form.DeserializeItem(item));
            }
        }

        if (current is not null)
        {
            yield return current with { Report = current.Report with { Items = items } };
        }
    }

    private static async IAsyncEnumerable<StoredReportEffects> ReadEffectsAsync(PgSession db, StoreSchema schema,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? reportId = null;
        var effects = new List<ReportEffect>();
        await foreach (var (id, effect) in db.StreamAsync(
            $"SELECT report_id, {ReportRows.EffectColumns} FROM {schema.ReportEffects} ORDER BY report_id, seq",
            r => (r.GetGuid(0), ReportRows.ReadEffect(r, 1)), cancellationToken).ConfigureAwait(false))
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

    /// <summary>Counts rows written across the COPY streams and reports the running total.</summary>
    private sealed class RowCounter(IProgress<long>? progress)
    {
        private long _rows;

        public void Add() => progress?.Report(++_rows);
    }
}
