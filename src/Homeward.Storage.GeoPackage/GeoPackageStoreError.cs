namespace Homeward.Storage.GeoPackage;

/// <summary>What stopped a <see cref="GeoPackageStore"/> from working with its file: the environment, not the data.</summary>
public enum GeoPackageStoreError
{
    /// <summary>The file does not exist and <see cref="GeoPackageStoreOptions.CreateIfMissing"/> was not set.</summary>
    FileNotFound,

    /// <summary>The file exists but is not a Homeward GeoPackage (another SQLite or GeoPackage file, or an empty one).</summary>
    NotAHomewardFile,

    /// <summary>The file was written by a newer Homeward whose schema this version does not know.</summary>
    SchemaTooNew,

    /// <summary>Another process held the file's write lock for longer than <see cref="GeoPackageStoreOptions.BusyTimeout"/>.</summary>
    Busy,

    /// <summary>The file or its folder cannot be written.</summary>
    ReadOnly,

    /// <summary>The file cannot be opened, or SQLite reports it damaged.</summary>
    Unreadable,

    /// <summary>Reading or writing the file failed (a disk error, or the disk is full).</summary>
    IoError,
}
