using Microsoft.Data.Sqlite;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>Turns SQLite errors into the store's errors. Used only at the store's public boundary.</summary>
internal static class StoreErrors
{
    // SQLite result codes: https://sqlite.org/rescode.html
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteNotADatabase = 26;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>Whether the error comes from the environment (locks, permissions, a damaged file) rather than from the data.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>Whether <see cref="Translate"/> applies.</returns>
    public static bool IsEnvironmental(SqliteException exception) => exception.SqliteErrorCode is SqliteBusy or SqliteLocked
        or SqliteReadOnly or SqliteIoError or SqliteCorrupt or SqliteFull or SqliteCantOpen or SqliteNotADatabase;

    /// <summary>Whether the error is a violated unique or primary key constraint: another writer stored the same key.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>Whether it is.</returns>
    public static bool IsUniqueViolation(SqliteException exception) => exception.SqliteErrorCode == SqliteConstraint
        && exception.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    /// <summary>The store error for an environmental SQLite error.</summary>
    /// <param name="exception">The error, for which <see cref="IsEnvironmental"/> holds.</param>
    /// <param name="path">The file.</param>
    /// <param name="busyTimeout">How long writes wait for a lock.</param>
    /// <returns>The exception to throw.</returns>
    public static GeoPackageStoreException Translate(SqliteException exception, string path, TimeSpan busyTimeout) =>
        exception.SqliteErrorCode switch
        {
            SqliteBusy or SqliteLocked => new GeoPackageStoreException(GeoPackageStoreError.Busy, path,
                $"{path} is busy: another process kept it locked for more than {(long)busyTimeout.TotalMilliseconds} ms. " +
                "Try again when it has finished.", exception),
            SqliteReadOnly => new GeoPackageStoreException(GeoPackageStoreError.ReadOnly, path,
                $"{path} cannot be written; check the permissions of the file and of its folder.", exception),
            SqliteIoError or SqliteFull => new GeoPackageStoreException(GeoPackageStoreError.IoError, path,
                $"{path} could not be read or written: {exception.Message}", exception),
            SqliteNotADatabase => new GeoPackageStoreException(GeoPackageStoreError.NotAHomewardFile, path,
                $"{path} is not a SQLite database, so not a Homeward GeoPackage.", exception),
            _ => new GeoPackageStoreException(GeoPackageStoreError.Unreadable, path,
                $"{path} cannot be opened as a Homeward GeoPackage or is damaged: {exception.Message}", exception),
        };
}
