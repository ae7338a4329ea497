namespace Homeward.Domain.Storage;

/// <summary>
/// A store could not work with its database for a reason of the environment: missing, foreign, newer or locked,
/// unreachable or refusing the user. Conflicting edits are not exceptions: <see cref="IHomewardStore.CommitAsync"/>
/// returns them. Each store throws its own sealed subclass; callers that serve several stores (the command line, the
/// server) catch this type and map it to their "environment or database error" outcome.
/// </summary>
public abstract class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Why the store is unavailable.</param>
    /// <param name="database">The database, as the user named it, without any password.</param>
    /// <param name="message">A sentence for the user that names the database and what to do.</param>
    /// <param name="innerException">The driver's error behind it, if any.</param>
    /// <param name="databaseSchemaVersion">
    /// For <see cref="StoreUnavailableReason.SchemaTooNew"/> and <see cref="StoreUnavailableReason.SchemaOutdated"/>, the schema
    /// version the database has.
    /// </param>
    protected StoreUnavailableException(StoreUnavailableReason reason, string database, string message, Exception? innerException,
        int? databaseSchemaVersion)
        : base(message, innerException)
    {
        Reason = reason;
        Database = database;
        DatabaseSchemaVersion = databaseSchemaVersion;
    }

    /// <summary>Why the store is unavailable.</summary>
    public StoreUnavailableReason Reason { get; }

    /// <summary>The database (a file path, or a PostgreSQL host and database name), never with a password.</summary>
    public string Database { get; }

    /// <summary>
    /// For <see cref="StoreUnavailableReason.SchemaTooNew"/> and <see cref="StoreUnavailableReason.SchemaOutdated"/>, the schema
    /// version the database has; else <see langword="null"/>.
    /// </summary>
    public int? DatabaseSchemaVersion { get; }
}
