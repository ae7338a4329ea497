namespace Homeward.Storage.GeoPackage;

/// <summary>How <see cref="GeoPackageStore.OpenAsync"/> opens a file.</summary>
public sealed record GeoPackageStoreOptions
{
    /// <summary>
    /// Whether a missing file is created with an empty store; otherwise opening it fails with
    /// <see cref="GeoPackageStoreError.FileNotFound"/>.
    /// </summary>
    public bool CreateIfMissing { get; init; }

    /// <summary>
    /// How long a write waits for another process (or another store on the same file) to finish its write before it fails
    /// with <see cref="GeoPackageStoreError.Busy"/>. Ten seconds by default, at least one millisecond. SQLite waits this
    /// long; Microsoft.Data.Sqlite then retries the statement until this time, rounded up to whole seconds, has passed.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock that stamps the file's creation; commits carry their own time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
