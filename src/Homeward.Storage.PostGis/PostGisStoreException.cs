using Homeward.Domain.Storage;

namespace Homeward.Storage.PostGis;

/// <summary>
/// The PostGIS store could not work with its database for a reason of the environment: the server is unreachable or
/// refuses the user, the database or its Homeward schema is missing, older or newer than this Homeward, or it is a
/// read-only standby. Conflicting edits are not exceptions: <see cref="PostGisStore.CommitAsync"/> returns them.
/// </summary>
public sealed class PostGisStoreException : StoreUnavailableException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Why the store is unavailable.</param>
    /// <param name="database">The server and database, without password.</param>
    /// <param name="message">A sentence for the user that names the database and what to do.</param>
    /// <param name="innerException">The Npgsql error behind it, if any.</param>
    /// <param name="sqlState">The PostgreSQL error code (SQLSTATE), when the server reported one.</param>
    /// <param name="databaseSchemaVersion">For schema errors, the schema version the database has.</param>
    public PostGisStoreException(StoreUnavailableReason reason, string database, string message, Exception? innerException = null,
        string? sqlState = null, int? databaseSchemaVersion = null)
        : base(reason, database, message, innerException, databaseSchemaVersion)
    {
        SqlState = sqlState;
    }

    /// <summary>The PostgreSQL error code (SQLSTATE, for example <c>28P01</c>), when the server reported one.</summary>
    public string? SqlState { get; }
}
