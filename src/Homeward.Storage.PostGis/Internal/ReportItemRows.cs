using Homeward.Domain;
using Homeward.Domain.Reports;
using NpgsqlTypes;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// The <c>field_report_items</c> table: one row per item of a field report (its JSON form, geometry as WKT), written once
/// with the report's first version by binary COPY, so that a report of millions of items is written and read one item
/// at a time.
/// </summary>
internal static class ReportItemRows
{
    /// <summary>Migration 2: creates the table and moves the items of every stored report out of its JSON document into rows.</summary>
    /// <param name="db">The session, in the migration's transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="now">The time of the change (unused: the reports keep their times).</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task MoveItemsOutOfReportsAsync(PgSession db, StoreSchema schema, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync($"""
            CREATE TABLE {schema.FieldReportItems} (
              report_id uuid NOT NULL REFERENCES {schema.FieldReports} (id),
              seq integer NOT NULL CHECK (seq > 0),
              item_ref text COLLATE "C" NOT NULL,
              kind text NOT NULL,
              payload jsonb NOT NULL,
              PRIMARY KEY (report_id, seq)
            )
            """, cancellationToken).ConfigureAwait(false);
        var ids = await db.QueryAsync($"SELECT id FROM {schema.FieldReports} ORDER BY id", r => r.GetGuid(0), cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            var payload = await db.ScalarAsync<string>($"SELECT payload::text FROM {schema.FieldReports} WHERE id = $1", cancellationToken, Pg.Uuid(id))
                .ConfigureAwait(false);
            var report = ReportJson.Form.Deserialize(payload!);
            await InsertAsync(db, schema, report.Id, new FieldReportItemList(report.Items), null, cancellationToken).ConfigureAwait(false);
            await db.ExecuteAsync($"UPDATE {schema.FieldReports} SET payload = $1 WHERE id = $2", cancellationToken,
                Pg.Jsonb(ReportJson.Form.SerializeHeader(report)), Pg.Uuid(id)).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the items of a new report by binary COPY, in the session's transaction.</summary>
    /// <param name="db">The session, in a transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="reportId">The report.</param>
    /// <param name="items">The items.</param>
    /// <param name="progress">Told the items written so far, if given.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>How many items were written.</returns>
    public static async Task<int> InsertAsync(PgSession db, StoreSchema schema, Guid reportId, IFieldReportItemSource items, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var importer = await db.Connection.BeginBinaryImportAsync(
            $"COPY {schema.FieldReportItems} (report_id, seq, item_ref, kind, payload) FROM STDIN (FORMAT BINARY)", cancellationToken)
            .ConfigureAwait(false);
        await using var importerScope = importer.ConfigureAwait(false);
        var seq = 0;
        await foreach (var item in items.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(reportId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(++seq, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(item.ItemRef, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(EnumText.Of(item.Kind), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(ReportJson.Form.SerializeItem(item), NpgsqlDbType.Jsonb, cancellationToken).ConfigureAwait(false);
            if (progress is not null && seq % 1024 == 0)
            {
                progress.Report(seq);
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(seq);
        return seq;
    }

    /// <summary>The items of a report, in order, read one at a time.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="reportId">The report.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The items.</returns>
    public static IAsyncEnumerable<FieldReportItem> ReadAsync(PgSession db, StoreSchema schema, Guid reportId, CancellationToken cancellationToken) =>
        db.StreamAsync($"SELECT payload::text FROM {schema.FieldReportItems} WHERE report_id = $1 ORDER BY seq",
            r => ReportJson.Form.DeserializeItem(r.GetString(0)), cancellationToken, Pg.Uuid(reportId));
}
