namespace Homeward.Storage.PostGis;

/// <summary>How <see cref="PostGisStore"/> finds and writes its schema.</summary>
public sealed record PostGisStoreOptions
{
    /// <summary>The name of the PostgreSQL schema that holds the store's tables, so one database may hold other things too.</summary>
    public const string DefaultSchema = "homeward";

    /// <summary>
    /// The PostgreSQL schema of the store: a plain lower-case identifier (letters, digits, underscores). Several stores may live
    /// in one database under different schemas. <see cref="DefaultSchema"/> by default.
    /// </summary>
    public string Schema { get; init; } = DefaultSchema;

    /// <summary>
    /// How many times a transaction runs at most when PostgreSQL aborts it for a reason that may pass (a serialization failure,
    /// a deadlock, a dropped connection, a key another writer took first). Five by default, at least one.
    /// </summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The clock that stamps the store's creation and imports; commits carry their own time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
