using Homeward.Domain;
using Homeward.Domain.Codes;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>The <c>code_values</c> table: the code tables in force, standard values and a country's own.</summary>
internal static class CodeValueRows
{
    /// <summary>Every value.</summary>
    /// <param name="db">The session.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The values, by table and code.</returns>
    public static Task<List<CodeValue>> ReadAllAsync(SqlSession db, CancellationToken cancellationToken) =>
        db.QueryAsync(
            "SELECT table_name, code, label_en, label_az, label_ru FROM code_values ORDER BY table_name, code",
            r => new CodeValue(r.GetString(0), r.GetString(1),
                new LocalizedText(r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4))),
            cancellationToken);

    /// <summary>Adds a value or relabels it.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static Task UpsertAsync(SqlSession db, CodeValue value, CancellationToken cancellationToken) =>
        db.ExecuteAsync("""
            INSERT INTO code_values (table_name, code, label_en, label_az, label_ru) VALUES (@t, @c, @en, @az, @ru)
            ON CONFLICT (table_name, code) DO UPDATE
              SET label_en = excluded.label_en, label_az = excluded.label_az, label_ru = excluded.label_ru
            """,
            cancellationToken,
            ("@t", value.Table), ("@c", value.Code), ("@en", value.Label.En), ("@az", value.Label.Az), ("@ru", value.Label.Ru));

    /// <summary>
    /// Migration 3: adds the standard code values a store created by an earlier Homeward lacks (the recovery tables of
    /// assets and reconstruction projects), leaving every value it has, and its labels, as they are.
    /// </summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="now">The time of the change (unused).</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>A task.</returns>
    public static async Task AddMissingStandardAsync(SqlSession db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var value in CodeTables.Standard.AllValues)
        {
            await db.ExecuteAsync("""
                INSERT INTO code_values (table_name, code, label_en, label_az, label_ru) VALUES (@t, @c, @en, @az, @ru)
                ON CONFLICT (table_name, code) DO NOTHING
                """,
                cancellationToken,
                ("@t", value.Table), ("@c", value.Code), ("@en", value.Label.En), ("@az", value.Label.Az), ("@ru", value.Label.Ru))
                .ConfigureAwait(false);
        }
    }
}
