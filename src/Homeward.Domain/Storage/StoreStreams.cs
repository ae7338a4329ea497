namespace Homeward.Domain.Storage;

/// <summary>Helpers for stores that stream rows.</summary>
public static class StoreStreams
{
    /// <summary>
    /// The rows of <paramref name="rows"/>, with the driver's errors that <paramref name="isEnvironmental"/> picks turned
    /// into the store's own exception as each row is read (a yield cannot stand inside a try block that has a catch).
    /// </summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <typeparam name="TException">The driver's exception type.</typeparam>
    /// <param name="rows">The rows.</param>
    /// <param name="isEnvironmental">Whether an error comes from the environment (a lock, a lost server) rather than a bug.</param>
    /// <param name="translate">The store's exception for such an error.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The rows.</returns>
    public static async IAsyncEnumerable<T> TranslateErrorsAsync<T, TException>(IAsyncEnumerable<T> rows, Func<TException, bool> isEnvironmental,
        Func<TException, Exception> translate, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(isEnvironmental);
        ArgumentNullException.ThrowIfNull(translate);
        var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                T row;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    row = enumerator.Current;
                }
                catch (TException ex) when (isEnvironmental(ex))
                {
                    throw translate(ex);
                }

                yield return row;
            }
        }
    }
}
