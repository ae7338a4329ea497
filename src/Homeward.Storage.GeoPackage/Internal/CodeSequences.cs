using System.Globalization;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>The <c>code_sequences</c> table: the last number handed out per code prefix.</summary>
internal static class CodeSequences
{
    /// <summary>Reserves <paramref name="count"/> numbers after the last one handed out for <paramref name="prefix"/>.</summary>
    /// <param name="db">The session, in a write transaction.</param>
    /// <param name="prefix">The prefix.</param>
    /// <param name="count">How many, at least 1.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The codes: the prefix and a number of at least six digits, zero-padded.</returns>
    public static async Task<IReadOnlyList<string>> ReserveAsync(SqlSession db, string prefix, int count,
        CancellationToken cancellationToken)
    {
        var last = await db.ScalarAsync<long>("""
            INSERT INTO code_sequences (prefix, last) VALUES (@prefix, @count)
            ON CONFLICT (prefix) DO UPDATE SET last = last + excluded.last
            RETURNING last
            """, cancellationToken, ("@prefix", prefix), ("@count", count)).ConfigureAwait(false);
        var first = last - count + 1;
        return [.. Enumerable.Range(0, count).Select(i => prefix + (first + i).ToString("D6", CultureInfo.InvariantCulture))];
    }
}
