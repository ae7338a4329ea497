using Homeward.Domain.Storage;

namespace Homeward.Storage.GeoPackage;

/// <summary>
/// The GeoPackage store could not work with its file for a reason of the environment (a missing, foreign, newer or
/// locked file). Conflicting edits are not exceptions: <see cref="GeoPackageStore.CommitAsync"/> returns them.
/// A command-line tool maps this exception, like every <see cref="StoreUnavailableException"/>, to its "environment or
/// database error" exit code.
/// </summary>
public sealed class GeoPackageStoreException : StoreUnavailableException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">What went wrong.</param>
    /// <param name="path">The file.</param>
    /// <param name="message">A sentence for the user that names the file and what to do.</param>
    /// <param name="innerException">The SQLite error behind it, if any.</param>
    /// <param name="fileSchemaVersion">For <see cref="GeoPackageStoreError.SchemaTooNew"/>, the schema version of the file.</param>
    public GeoPackageStoreException(GeoPackageStoreError error, string path, string message, Exception? innerException = null,
        int? fileSchemaVersion = null)
        : base(ReasonOf(error), path, message, innerException, fileSchemaVersion)
    {
        Error = error;
    }

    /// <summary>What went wrong.</summary>
    public GeoPackageStoreError Error { get; }

    /// <summary>The file.</summary>
    public string Path => Database;

    /// <summary>
    /// For <see cref="GeoPackageStoreError.SchemaTooNew"/>, the schema version the file has; else <see langword="null"/>.
    /// </summary>
    public int? FileSchemaVersion => DatabaseSchemaVersion;

    private static StoreUnavailableReason ReasonOf(GeoPackageStoreError error) => error switch
    {
        GeoPackageStoreError.FileNotFound => StoreUnavailableReason.NotFound,
        GeoPackageStoreError.NotAHomewardFile => StoreUnavailableReason.NotAHomewardStore,
        GeoPackageStoreError.SchemaTooNew => StoreUnavailableReason.SchemaTooNew,
        GeoPackageStoreError.Busy => StoreUnavailableReason.Busy,
        GeoPackageStoreError.ReadOnly => StoreUnavailableReason.ReadOnly,
        GeoPackageStoreError.IoError => StoreUnavailableReason.IoError,
        _ => StoreUnavailableReason.Unreadable,
    };
}
