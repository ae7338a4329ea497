using Homeward.Domain;
using Homeward.Domain.Reports;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// The <c>field_report_items</c> table: one row per item of a field report (its JSON form, geometry as WKT), written once
/// with the report's first version, so that a report of millions of items is written and read one item at a time.
/// </summary>
internal static class ReportItemRows
{
    /// <summary>Creates the table.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task CreateTableAsync(SqlSession db, CancellationToken cancellationToken) =>
        db.ExecuteAsync("""
            CREATE TABLE field_report_items (
              report_id TEXT NOT NULL REFERENCES field_reports (id),
              seq INTEGER NOT NULL,
              item_ref TEXT NOT NULL,
              kind TEXT NOT NULL,
              payload TEXT NOT NULL,
              PRIMARY KEY (report_id, seq)
            )
            """, cancellationToken);

    /// <summary>Migration 2: moves the items of every stored report out of its JSON document into rows.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="now">The time of the change (unused: the reports keep their times).</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task MoveItemsOutOfReportsAsync(SqlSession db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await CreateTableAsync(db, cancellationToken).ConfigureAwait(false);
        var ids = await db.QueryAsync("SELECT id FROM field_reports ORDER BY id", r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            var payload = await db.ScalarAsync<string>("SELECT payload FROM field_reports WHERE id = @id", cancellationToken, ("@id", id))
                .ConfigureAwait(false);
            var report = ReportJson.Form.Deserialize(payload!);
            await InsertAsync(db, report.Id, new FieldReportItemList(report.Items), null, cancellationToken).ConfigureAwait(false);
            await db.ExecuteAsync("UPDATE field_reports SET payload = @payload WHERE id = @id", cancellationToken,
                ("@payload", ReportJson.Form.SerializeHeader(report)), ("@id", id)).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the items of a new report, one at a time through one prepared statement.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="reportId">The report.</param>
    /// <param name="items">The items.</param>
    /// <param name="progress">Told the items written so far, if given.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>How many items were written.</returns>
    public static async Task<int> InsertAsync(SqlSession db, Guid reportId, IFieldReportItemSource items, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        using var insert = db.Prepare(
            "INSERT INTO field_report_items (report_id, seq, item_ref, kind, payload) VALUES (@report_id, @seq, @item_ref, @kind, @payload)",
            "@report_id", "@seq", "@item_ref", "@kind", "@payload");
        insert.Parameters[0].Value = SqlSession.ToDatabase(reportId);
        var seq = 0;
        await foreach (var item in items.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            insert.Parameters[1].Value = ++seq;
            insert.Parameters[2].Value = item.ItemRef;
            insert.Parameters[3].Value = EnumText.Of(item.Kind);
            insert.Parameters[4].Value = ReportJson.Form.SerializeItem(item);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (progress is not null && seq % 1024 == 0)
            {
                progress.Report(seq);
            }
        }

        progress?.Report(seq);
        return seq;
    }

    /// <summary>The items of a report, in order, read one at a time.</summary>
    /// <param name="db">The session.</param>
    /// <param name="reportId">The report.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The items.</returns>
    public static IAsyncEnumerable<FieldReportItem> ReadAsync(SqlSession db, Guid reportId, CancellationToken cancellationToken) =>
        db.StreamAsync("SELECT payload FROM field_report_items WHERE report_id = @id ORDER BY seq",
            r => ReportJson.Form.DeserializeItem(r.GetString(0)), cancellationToken, ("@id", reportId));
}
