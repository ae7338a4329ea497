using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>The <c>field_reports</c> and <c>report_effects</c> tables.</summary>
internal static class ReportRows
{
    /// <summary>A report by code.</summary>
    /// <param name="db">The session.</param>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The report and its version, or <see langword="null"/>.</returns>
    public static Task<StoredReport?> GetAsync(SqlSession db, string code, CancellationToken cancellationToken) =>
        db.QueryFirstAsync("SELECT payload, version FROM field_reports WHERE code = @code",
            r => new StoredReport(ReportJson.Form.Deserialize(r.GetString(0)), r.GetInt32(1)), cancellationToken, ("@code", code));

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

    /// <summary>Stores a report's new state with its new version.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="report">The report.</param>
    /// <param name="version">Its new version.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task UpsertAsync(SqlSession db, FieldReport report, int version, CancellationToken cancellationToken) =>
        db.ExecuteAsync("""
            INSERT INTO field_reports (id, code, version, status, title, form_type, item_count, created_by, created_at, submitted_at,
              reviewed_at, is_synthetic, payload)
            VALUES (@id, @code, @version, @status, @title, @form_type, @item_count, @created_by, @created_at, @submitted_at,
              @reviewed_at, @is_synthetic, @payload)
            ON CONFLICT (id) DO UPDATE SET code = excluded.code, version = excluded.version, status = excluded.status,
              title = excluded.title, form_type = excluded.form_type, item_count = excluded.item_count, created_by = excluded.created_by,
              created_at = excluded.created_at, submitted_at = excluded.submitted_at, reviewed_at = excluded.reviewed_at,
              is_synthetic = excluded.is_synthetic, payload = excluded.payload
            """,
            cancellationToken,
            ("@id", report.Id), ("@code", report.Code), ("@version", version), ("@status", EnumText.Of(report.Status)),
            ("@title", report.Title), ("@form_type", report.FormType), ("@item_count", report.Items.Count),
            ("@created_by", report.CreatedBy), ("@created_at", report.CreatedAt), ("@submitted_at", report.SubmittedAt),
            ("@reviewed_at", report.ReviewedAt), ("@is_synthetic", report.IsSynthetic), ("@payload", ReportJson.Form.Serialize(report)));

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
