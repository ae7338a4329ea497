using System.Globalization;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// The <c>code_sequences</c> table: the last number handed out per code prefix. One <c>INSERT … ON CONFLICT DO UPDATE
/// … RETURNING</c> reserves a block atomically: concurrent callers queue on the prefix's row and never get the same number.
/// </summary>
internal static class CodeSequences
{
    /// <summary>Reserves <paramref name="count"/> numbers after the last one handed out for <paramref name="prefix"/>.</summary>
    /// <param name="db">The session.</param>
    /// <param name="schema">The store's schema.</param>
    /// <param name="prefix">The prefix.</param>
    /// <param name="count">How many, at least 1.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The codes: the prefix and a number of at least six digits, zero-padded.</returns>
    public static async Task<IReadOnlyList<string>> ReserveAsync(PgSession db, StoreSchema schema, string prefix, int count,
        CancellationToken cancellationToken)
    {
        var last = await db.ScalarAsync<long>($"""
            INSERT INTO {schema.CodeSequences} AS s (prefix, last) VALUES ($1, $2)
            ON CONFLICT (prefix) DO UPDATE SET last = s.last + excluded.last
            RETURNING last
            """, cancellationToken, Pg.Text(prefix), Pg.Bigint(count)).ConfigureAwait(false);
        var first = last - count + 1;
        return [.. Enumerable.Range(0, count).Select(i => prefix + (first + i).ToString("D6", CultureInfo.InvariantCulture))];
    }
}
