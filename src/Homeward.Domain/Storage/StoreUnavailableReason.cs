namespace Homeward.Domain.Storage;

/// <summary>Why a store cannot work with its database: the environment, never the data.</summary>
public enum StoreUnavailableReason
{
    /// <summary>The database does not exist (a missing file, or a PostgreSQL database or schema that is not there).</summary>
    NotFound,

    /// <summary>The database exists but holds no Homeward store (another file, or a schema without Homeward's tables).</summary>
    NotAHomewardStore,

    /// <summary>The database was written by a newer Homeward whose schema this version does not know.</summary>
    SchemaTooNew,

    /// <summary>The database's schema is older than this version of Homeward and must be migrated first (<c>homeward migrate</c>).</summary>
    SchemaOutdated,

    /// <summary>Another writer held a lock for longer than the store waits.</summary>
    Busy,

    /// <summary>The database cannot be written: file permissions, or a read-only PostgreSQL standby.</summary>
    ReadOnly,

    /// <summary>The database cannot be opened, or reports itself damaged.</summary>
    Unreadable,

    /// <summary>Reading or writing failed: a disk error, or the disk is full.</summary>
    IoError,

    /// <summary>The database server cannot be reached, refused the connection, or went away.</summary>
    Unreachable,

    /// <summary>The server refused the user: a wrong password, or missing privileges.</summary>
    AccessDenied,
}
