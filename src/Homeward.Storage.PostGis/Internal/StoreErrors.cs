using System.Net.Sockets;
using Npgsql;

namespace Homeward.Storage.PostGis.Internal;

/// <summary>
/// Turns Npgsql and PostgreSQL errors into the store's outcomes, at the store's public boundary only: which errors are
/// worth running the same transaction again, and which mean the environment failed (<see cref="PostGisStoreException"/>).
/// </summary>
internal static class StoreErrors
{
    /// <summary>
    /// Whether running the whole transaction again may succeed: a serialization failure or deadlock (PostgreSQL chose this
    /// transaction to abort), or an error Npgsql marks transient (a dropped connection, a server restarting).
    /// </summary>
    /// <param name="exception">The error.</param>
    /// <returns>Whether to retry.</returns>
    public static bool IsTransient(NpgsqlException exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } => true,
        _ => exception.IsTransient,
    };

    /// <summary>Whether the error is a violated unique or foreign key: another writer got there first.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsKeyViolation(PostgresException exception) =>
        exception.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation;

    /// <summary>Whether the error comes from the environment (connection, privileges, disk, a standby) rather than the data.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>Whether <see cref="Translate"/> applies.</returns>
    public static bool IsEnvironmental(NpgsqlException exception) => exception switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
            || p.SqlState.StartsWith("28", StringComparison.Ordinal) // invalid authorization
            || p.SqlState.StartsWith("53", StringComparison.Ordinal) // insufficient resources
            || p.SqlState.StartsWith("57", StringComparison.Ordinal) // operator intervention (shutdown, cancel by admin)
            || p.SqlState.StartsWith("58", StringComparison.Ordinal) // system error (I/O)
            || p.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.InsufficientPrivilege
                or PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName
                or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        _ => true, // not from the server: the connection could not be made or was lost
    };

    /// <summary>The store error for an environmental error.</summary>
    /// <param name="exception">The error, for which <see cref="IsEnvironmental"/> holds.</param>
    /// <param name="database">The database, without password, for messages.</param>
    /// <returns>The exception to throw.</returns>
    public static PostGisStoreException Translate(NpgsqlException exception, string database)
    {
        var state = (exception as PostgresException)?.SqlState;
        var (reason, message) = state switch
        {
            PostgresErrorCodes.InvalidCatalogName => (Domain.Storage.StoreUnavailableReason.NotFound,
                $"the database {database} does not exist; create it (createdb) and run 'homeward migrate --db ...'."),
            PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => (
                Domain.Storage.StoreUnavailableReason.AccessDenied,
                $"{database} refused the user: {exception.Message}. Check the user name and password in the connection string."),
            PostgresErrorCodes.InsufficientPrivilege => (Domain.Storage.StoreUnavailableReason.AccessDenied,
                $"{database} refused the operation: {exception.Message}. Ask the database administrator for the privileges Homeward needs."),
            PostgresErrorCodes.ReadOnlySqlTransaction => (Domain.Storage.StoreUnavailableReason.ReadOnly,
                $"{database} is read-only (a standby or read replica); send writes to the primary."),
            PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName => (Domain.Storage.StoreUnavailableReason.NotAHomewardStore,
                $"{database} has no Homeward store (or lost part of it): {exception.Message}. Run 'homeward migrate --db ...'."),
            PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected => (Domain.Storage.StoreUnavailableReason.Busy,
                $"{database} is busy: the change collided with others several times. Try again."),
            PostgresErrorCodes.DiskFull or PostgresErrorCodes.IoError => (Domain.Storage.StoreUnavailableReason.IoError,
                $"{database} could not write: {exception.Message}"),
            _ when exception.InnerException is SocketException or TimeoutException || state is null || state.StartsWith("08", StringComparison.Ordinal)
                || state.StartsWith("57", StringComparison.Ordinal) => (Domain.Storage.StoreUnavailableReason.Unreachable,
                $"cannot reach {database}: {exception.Message}. Check that the server runs and the connection string is right."),
            _ => (Domain.Storage.StoreUnavailableReason.Unreadable, $"{database} failed: {exception.Message}"),
        };
        return new PostGisStoreException(reason, database, message, exception, state);
    }
}
