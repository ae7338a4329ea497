using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>The <c>field_reports</c> and <c>report_effects</c> tables (items: <see cref="ReportItemRows"/>).</summary>
internal static class ReportRows
{
    /// <summary>A report by code, with its items.</summary>
    /// <param name="db">The session.</param>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The report and its version, or <see langword="null"/>.</returns>
    public static async Task<StoredReport?> GetAsync(SqlSession db, string code, CancellationToken cancellationToken)
    {
        var header = await GetHeaderAsync(db, code, cancellationToken).ConfigureAwait(false);
        if (header is null)
        {
            return null;
        }

        var items = await ReportItemRows.ReadAsync(db, header.Report.Id, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new StoredReport(header.Report with { Items = items }, header.Version);
    }

    /// <summary>A report by code, without its items.</summary>
    /// <param name="db">The session.</param>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The report, its version and item count, or <see langword="null"/>.</returns>
    public static Task<ReportHeader?> GetHeaderAsync(SqlSession db, string code, CancellationToken cancellationToken) =>
        db.QueryFirstAsync("SELECT payload, version, item_count FROM field_reports WHERE code = @code",
            r => new ReportHeader(ReportJson.Form.Deserialize(r.GetString(0)), r.GetInt32(1), r.GetInt32(2)), cancellationToken, ("@code", code));

    /// <summary>The stored identity, code and version of the report with <paramref name="id"/> or <paramref name="code"/>.</summary>
    /// <param name="db">The session.</param>
    /// <param name="id">The report's identity.</param>
    /// <param name="code">The report's code.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The reports found: none, the report itself, and/or another report with that code.</returns>
    public static Task<List<(Guid Id, string Code, int Version)>> FindAsync(SqlSession db, Guid id, string code,
        CancellationToken cancellationToken) =>
        db.QueryAsync("SELECT id, code, version FROM field_reports WHERE id = @id OR code = @code",
            r => (HistoryRow.ParseId(r.GetString(0)), r.GetString(1), r.GetInt32(2)), cancellationToken, ("@id", id), ("@code", code));

    /// <summary>Reports, newest first.</summary>
    /// <param name="db">The session.</param>
    /// <param name="status">Only this status, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The report lines.</returns>
    public static async Task<IReadOnlyList<FieldReportSummary>> ListAsync(SqlSession db, FieldReportStatus? status,
        CancellationToken cancellationToken) =>
        await db.QueryAsync(
            $"""
            SELECT code, title, form_type, status, item_count, created_by, created_at, reviewed_at FROM field_reports
            {(status is null ? string.Empty : "WHERE status = @status")}
            ORDER BY created_at DESC, code DESC
            """,
            r => new FieldReportSummary(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                EnumText.Parse<FieldReportStatus>(r.GetString(3)),
                r.GetInt32(4),
                r.GetString(5),
                UtcText.Parse(r.GetString(6)),
                UtcText.ParseOrNull(r.IsDBNull(7) ? null : r.GetString(7))),
            cancellationToken,
            ("@status", status is { } s ? EnumText.Of(s) : null)).ConfigureAwait(false);

    /// <summary>Stores a new report with its items.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="report">The report; its own items are not read.</param>
    /// <param name="version">Its version.</param>
    /// <param name="items">Its items.</param>
    /// <param name="progress">Told the items written so far, if given.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task InsertAsync(SqlSession db, FieldReport report, int version, IFieldReportItemSource items, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("""
            INSERT INTO field_reports (id, code, version, status, title, form_type, item_count, created_by, created_at, submitted_at,
              reviewed_at, is_synthetic, payload)
            VALUES (@id, @code, @version, @status, @title, @form_type, 0, @created_by, @created_at, @submitted_at,
              @reviewed_at, @is_synthetic, @payload)
            """,
            cancellationToken,
            ("@id", report.Id), ("@code", report.Code), ("@version", version), ("@status", EnumText.Of(report.Status)),
            ("@title", report.Title), ("@form_type", report.FormType), ("@created_by", report.CreatedBy), ("@created_at", report.CreatedAt),
            ("@submitted_at", report.SubmittedAt), ("@reviewed_at", report.ReviewedAt), ("@is_synthetic", report.IsSynthetic),
            ("@payload", ReportJson.Form.SerializeHeader(report))).ConfigureAwait(false);
        var count = await ReportItemRows.InsertAsync(db, report.Id, items, progress, cancellationToken).ConfigureAwait(false);
        await db.ExecuteAsync("UPDATE field_reports SET item_count = @count WHERE id = @id", cancellationToken, ("@count", count), ("@id", report.Id))
            .ConfigureAwait(false);
    }

    /// <summary>Stores a stored report's new header (status, review) with its new version; its items never change.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="report">The report; its items are not read.</param>
    /// <param name="version">Its new version.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task UpdateHeaderAsync(SqlSession db, FieldReport report, int version, CancellationToken cancellationToken) =>
        db.ExecuteAsync("""
            UPDATE field_reports SET code = @code, version = @version, status = @status, title = @title, form_type = @form_type,
              created_by = @created_by, created_at = @created_at, submitted_at = @submitted_at, reviewed_at = @reviewed_at,
              is_synthetic = @is_synthetic, payload = @payload
            WHERE id = @id
            """,
            cancellationToken,
            ("@id", report.Id), ("@code", report.Code), ("@version", version), ("@status", EnumText.Of(report.Status)),
            ("@title", report.Title), ("@form_type", report.FormType), ("@created_by", report.CreatedBy), ("@created_at", report.CreatedAt),
            ("@submitted_at", report.SubmittedAt), ("@reviewed_at", report.ReviewedAt), ("@is_synthetic", report.IsSynthetic),
            ("@payload", ReportJson.Form.SerializeHeader(report)));

    /// <summary>The changes a report's approval made, in order.</summary>
    /// <param name="db">The session.</param>
    /// <param name="reportId">The report.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The effects.</returns>
    public static async Task<IReadOnlyList<ReportEffect>> GetEffectsAsync(SqlSession db, Guid reportId,
        CancellationToken cancellationToken) =>
        await db.QueryAsync(
            "SELECT object_id, kind, code, version_before, version_after, change FROM report_effects WHERE report_id = @id ORDER BY seq",
            r => new ReportEffect(
                HistoryRow.ParseId(r.GetString(0)),
                EnumText.Parse<ObjectKind>(r.GetString(1)),
                r.GetString(2),
                r.GetInt32(3),
                r.GetInt32(4),
                EnumText.Parse<ChangeKind>(r.GetString(5))),
            cancellationToken, ("@id", reportId)).ConfigureAwait(false);

    /// <summary>Replaces the effects recorded for a report.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="reportId">The report.</param>
    /// <param name="effects">The effects, in order.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task ReplaceEffectsAsync(SqlSession db, Guid reportId, IReadOnlyList<ReportEffect> effects,
        CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("DELETE FROM report_effects WHERE report_id = @id", cancellationToken, ("@id", reportId))
            .ConfigureAwait(false);
        for (var i = 0; i < effects.Count; i++)
        {
            var e = effects[i];
            await db.ExecuteAsync("""
                INSERT INTO report_effects (report_id, seq, object_id, kind, code, version_before, version_after, change)
                VALUES (@report_id, @seq, @object_id, @kind, @code, @before, @after, @change)
                """,
                cancellationToken,
                ("@report_id", reportId), ("@seq", i + 1), ("@object_id", e.ObjectId), ("@kind", EnumText.Of(e.Kind)),
                ("@code", e.Code), ("@before", e.VersionBefore), ("@after", e.VersionAfter), ("@change", EnumText.Of(e.Change)))
                .ConfigureAwait(false);
        }
    }
}
