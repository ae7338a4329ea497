using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>The <c>field_reports</c> and <c>report_effects</c> tables (items: <see cref="ReportItemRows"/>).</summary>
internal static class ReportRows
{
    /// <summary>The columns <see cref="ReadEffect"/> reads, after the report identity.</summary>
    public const string EffectColumns = "object_id, kind, code, version_before, version_after, change";

    /// <summary>A report by code, with its items.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The report and its version, or <see langword="null"/>.</returns>
    public static async Task<StoredReport?> GetAsync(PgSession db, StoreSchema schema, string code, CancellationToken cancellationToken)
    {
        var header = await GetHeaderAsync(db, schema, code, cancellationToken).ConfigureAwait(false);
        if (header is null)
        {
            return null;
        }

        var items = await ReportItemRows.ReadAsync(db, schema, header.Report.Id, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new StoredReport(header.Report with { Items = items }, header.Version);
    }

    /// <summary>A report by code, without its items.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The report, its version and item count, or <see langword="null"/>.</returns>
    public static Task<ReportHeader?> GetHeaderAsync(PgSession db, StoreSchema schema, string code, CancellationToken cancellationToken) =>
        db.QueryFirstAsync($"SELECT payload::text, version, item_count FROM {schema.FieldReports} WHERE code = $1",
            r => new ReportHeader(ReportJson.Form.Deserialize(r.GetString(0)), r.GetInt32(1), r.GetInt32(2)), cancellationToken, Pg.Text(code));

    /// <summary>
    /// The stored identity, code and version of the report with <paramref name="id"/> or <paramref name="code"/>, locked
    /// until the transaction ends so that no other commit changes them meanwhile.
    /// </summary>
    /// <param name="db">The session, in a transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="id">The report's identity.</param>
    /// <param name="code">The report's code.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The reports found: none, the report itself, and/or another report with that code.</returns>
    public static Task<List<(Guid Id, string Code, int Version)>> FindForUpdateAsync(PgSession db, StoreSchema schema, Guid id, string code,
        CancellationToken cancellationToken) =>
        db.QueryAsync($"SELECT id, code, version FROM {schema.FieldReports} WHERE id = $1 OR code = $2 ORDER BY id = $1 DESC FOR UPDATE",
            r => (r.GetGuid(0), r.GetString(1), r.GetInt32(2)), cancellationToken, Pg.Uuid(id), Pg.Text(code));

    /// <summary>Reports, newest first.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="status">Only this status, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The report lines.</returns>
    public static async Task<IReadOnlyList<FieldReportSummary>> ListAsync(PgSession db, StoreSchema schema, FieldReportStatus? status,
        CancellationToken cancellationToken) =>
        await db.QueryAsync(
            $"""
            SELECT code, title, form_type, status, item_count, created_by, created_at, reviewed_at FROM {schema.FieldReports}
            WHERE $1::text IS NULL OR status = $1
            ORDER BY created_at DESC, code DESC
            """,
            r => new FieldReportSummary(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                EnumText.Parse<FieldReportStatus>(r.GetString(3)),
                r.GetInt32(4),
                r.GetString(5),
                r.GetFieldValue<DateTimeOffset>(6),
                r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7)),
            cancellationToken,
            Pg.Text(status is { } s ? EnumText.Of(s) : null)).ConfigureAwait(false);

    /// <summary>Stores a new report with its items.</summary>
    /// <param name="db">The session, in a transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="report">The report; its own items are not read.</param>
    /// <param name="version">Its version.</param>
    /// <param name="items">Its items.</param>
    /// <param name="progress">Told the items written so far, if given.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task InsertAsync(PgSession db, StoreSchema schema, FieldReport report, int version, IFieldReportItemSource items,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync($"""
            INSERT INTO {schema.FieldReports} (id, code, version, status, title, form_type, item_count, created_by, created_at, submitted_at,
              reviewed_at, is_synthetic, payload)
            VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9, $10, $11, $12)
            """,
            cancellationToken,
            Pg.Uuid(report.Id), Pg.Text(report.Code), Pg.Integer(version), Pg.Text(EnumText.Of(report.Status)),
            Pg.Text(report.Title), Pg.Text(report.FormType), Pg.Text(report.CreatedBy),
            Pg.Timestamp(report.CreatedAt), Pg.Timestamp(report.SubmittedAt), Pg.Timestamp(report.ReviewedAt), Pg.Boolean(report.IsSynthetic),
            Pg.Jsonb(ReportJson.Form.SerializeHeader(report))).ConfigureAwait(false);
        var count = await ReportItemRows.InsertAsync(db, schema, report.Id, items, progress, cancellationToken).ConfigureAwait(false);
        await db.ExecuteAsync($"UPDATE {schema.FieldReports} SET item_count = $1 WHERE id = $2", cancellationToken, Pg.Integer(count), Pg.Uuid(report.Id))
            .ConfigureAwait(false);
    }

    /// <summary>Stores a stored report's new header (status, review) with its new version; its items never change.</summary>
    /// <param name="db">The session, in a transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="report">The report; its items are not read.</param>
    /// <param name="version">Its new version.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task<int> UpdateHeaderAsync(PgSession db, StoreSchema schema, FieldReport report, int version, CancellationToken cancellationToken) =>
        db.ExecuteAsync($"""
            UPDATE {schema.FieldReports} SET code = $2, version = $3, status = $4, title = $5, form_type = $6, created_by = $7,
              created_at = $8, submitted_at = $9, reviewed_at = $10, is_synthetic = $11, payload = $12
            WHERE id = $1
            """,
            cancellationToken,
            Pg.Uuid(report.Id), Pg.Text(report.Code), Pg.Integer(version), Pg.Text(EnumText.Of(report.Status)),
            Pg.Text(report.Title), Pg.Text(report.FormType), Pg.Text(report.CreatedBy),
            Pg.Timestamp(report.CreatedAt), Pg.Timestamp(report.SubmittedAt), Pg.Timestamp(report.ReviewedAt), Pg.Boolean(report.IsSynthetic),
            Pg.Jsonb(ReportJson.Form.SerializeHeader(report)));

    /// <summary>The changes a report's approval made, in order.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="reportId">The report.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The effects.</returns>
    public static async Task<IReadOnlyList<ReportEffect>> GetEffectsAsync(PgSession db, StoreSchema schema, Guid reportId,
        CancellationToken cancellationToken) =>
        await db.QueryAsync($"SELECT {EffectColumns} FROM {schema.ReportEffects} WHERE report_id = $1 ORDER BY seq",
            r => ReadEffect(r, 0), cancellationToken, Pg.Uuid(reportId)).ConfigureAwait(false);

    /// <summary>Reads an effect from <see cref="EffectColumns"/>, starting at column <paramref name="first"/>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="first">The column of <c>object_id</c>.</param>
    /// <returns>The effect.</returns>
    public static ReportEffect ReadEffect(Npgsql.NpgsqlDataReader reader, int first) => new(
        reader.GetGuid(first),
        EnumText.Parse<ObjectKind>(reader.GetString(first + 1)),
        reader.GetString(first + 2),
        reader.GetInt32(first + 3),
        reader.GetInt32(first + 4),
        EnumText.Parse<ChangeKind>(reader.GetString(first + 5)));

    /// <summary>Replaces the effects recorded for a report.</summary>
    /// <param name="db">The session, in a transaction.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="reportId">The report.</param>
    /// <param name="effects">The effects, in order.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task ReplaceEffectsAsync(PgSession db, StoreSchema schema, Guid reportId, IReadOnlyList<ReportEffect> effects,
        CancellationToken cancellationToken)
    {
        await db.ExecuteAsync($"DELETE FROM {schema.ReportEffects} WHERE report_id = $1", cancellationToken, Pg.Uuid(reportId))
            .ConfigureAwait(false);
        if (effects.Count == 0)
        {
            return;
        }

        // One statement for all effects: arrays unnested in step.
        await db.ExecuteAsync($"""
            INSERT INTO {schema.ReportEffects} (report_id, seq, {EffectColumns})
            SELECT $1, e.seq, e.object_id, e.kind, e.code, e.version_before, e.version_after, e.change
            FROM unnest($2::integer[], $3::uuid[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::text[])
              AS e (seq, object_id, kind, code, version_before, version_after, change)
            """,
            cancellationToken,
            Pg.Uuid(reportId),
            Pg.Array(Enumerable.Range(1, effects.Count).ToArray(), NpgsqlTypes.NpgsqlDbType.Integer),
            Pg.Array(effects.Select(e => e.ObjectId).ToArray(), NpgsqlTypes.NpgsqlDbType.Uuid),
            Pg.Array(effects.Select(e => EnumText.Of(e.Kind)).ToArray(), NpgsqlTypes.NpgsqlDbType.Text),
            Pg.Array(effects.Select(e => e.Code).ToArray(), NpgsqlTypes.NpgsqlDbType.Text),
            Pg.Array(effects.Select(e => e.VersionBefore).ToArray(), NpgsqlTypes.NpgsqlDbType.Integer),
            Pg.Array(effects.Select(e => e.VersionAfter).ToArray(), NpgsqlTypes.NpgsqlDbType.Integer),
            Pg.Array(effects.Select(e => EnumText.Of(e.Change)).ToArray(), NpgsqlTypes.NpgsqlDbType.Text)).ConfigureAwait(false);
    }
}
