namespace Homeward.Storage.PostGis.Internal;

/// <summary>One step of the schema's history.</summary>
/// <param name="Version">The schema version the step leads to; steps run in this order.</param>
/// <param name="Description">What it does.</param>
/// <param name="ApplyAsync">Applies it inside the migration's transaction, given the schema and the current time.</param>
internal sealed record Migration(int Version, string Description, Func<PgSession, StoreSchema, DateTimeOffset, CancellationToken, Task> ApplyAsync);
