namespace Homeward.Storage.GeoPackage;

/// <summary>
/// The GeoPackage store could not work with its file for a reason of the environment (a missing, foreign, newer or
/// locked file). Conflicting edits are not exceptions: <see cref="GeoPackageStore.CommitAsync"/> returns them.
/// A command-line tool maps this exception to its "environment or database error" exit code.
/// </summary>
public sealed class GeoPackageStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">What went wrong.</param>
    /// <param name="path">The file.</param>
    /// <param name="message">A sentence for the user that names the file and what to do.</param>
    /// <param name="innerException">The SQLite error behind it, if any.</param>
    /// <param name="fileSchemaVersion">For <see cref="GeoPackageStoreError.SchemaTooNew"/>, the schema version of the file.</param>
    public GeoPackageStoreException(GeoPackageStoreError error, string path, string message, Exception? innerException = null,
        int? fileSchemaVersion = null)
        : base(message, innerException)
    {
        Error = error;
        Path = path;
        FileSchemaVersion = fileSchemaVersion;
    }

    /// <summary>What went wrong.</summary>
    public GeoPackageStoreError Error { get; }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>
    /// For <see cref="GeoPackageStoreError.SchemaTooNew"/>, the schema version the file has; else <see langword="null"/>.
    /// </summary>
    public int? FileSchemaVersion { get; }
}
