namespace Homeward.Domain.Storage;

/// <summary>
/// The object changes of a commit too large to hold in memory (the approval of a report of millions of items), made
/// one batch at a time while the store applies them. A store may read them again from the start when it runs the
/// commit again (after a deadlock, say).
/// </summary>
public interface IObjectChangeSource
{
    /// <summary>Reads the changes from the start, in the order they are applied.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The changes.</returns>
    IAsyncEnumerable<ObjectChange> ReadAsync(CancellationToken cancellationToken);
}
