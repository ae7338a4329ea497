using Homeward.Domain.Codes;
using Homeward.Domain.Reports;
using NetTopologySuite.Geometries;

namespace Homeward.Domain.Storage;

/// <summary>
/// The store contract every Homeward database implements (the GeoPackage file, PostgreSQL/PostGIS).
/// Every object keeps its full history; reads may ask for the state as it was at a past instant.
/// Implementations are safe to use from one thread at a time; open one per unit of work.
/// </summary>
/// <remarks>
/// Instants are kept to the microsecond, the precision of PostgreSQL's <c>timestamptz</c>: every store truncates a
/// commit's time (<see cref="Commit.At"/>, hence <see cref="StoredObject.ValidFrom"/> and <see cref="ObjectVersion.ValidTo"/>)
/// and every as-of instant to whole microseconds, so all stores give the same answers. Instants inside a stored field
/// report (<see cref="FieldReport.CreatedAt"/> and the like) are kept exactly. Stores throw a
/// <see cref="StoreUnavailableException"/> when the environment fails them (a missing, locked or newer database, an
/// unreachable server); conflicting edits are results, not exceptions.
/// </remarks>
public interface IHomewardStore : IAsyncDisposable
{
    /// <summary>The data version: a number that grows with every commit, so results computed from the data can be cached by it.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The data version.</returns>
    Task<long> GetDataVersionAsync(CancellationToken cancellationToken);

    /// <summary>The code tables in force in this database.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tables.</returns>
    Task<CodeTables> GetCodeTablesAsync(CancellationToken cancellationToken);

    /// <summary>Adds or relabels a code value (a country's extension of a standard table).</summary>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when it is stored.</returns>
    Task SaveCodeValueAsync(CodeValue value, CancellationToken cancellationToken);

    /// <summary>Reserves <paramref name="count"/> new readable codes that start with <paramref name="prefix"/> (for example <c>HA-AGD-</c>).</summary>
    /// <param name="prefix">The prefix, ending in a hyphen.</param>
    /// <param name="count">How many codes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The codes, each the prefix and a six-digit sequence number never handed out before.</returns>
    Task<IReadOnlyList<string>> ReserveCodesAsync(string prefix, int count, CancellationToken cancellationToken);

    /// <summary>An object by identity.</summary>
    /// <param name="id">The identity.</param>
    /// <param name="asOf">The instant (UTC) to read it as of, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The object, or <see langword="null"/> when it did not exist then.</returns>
    Task<StoredObject?> GetAsync(Guid id, DateTimeOffset? asOf, CancellationToken cancellationToken);

    /// <summary>An object by readable code.</summary>
    /// <param name="code">The code, compared exactly.</param>
    /// <param name="asOf">The instant (UTC) to read it as of, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The object, or <see langword="null"/> when none had that code then.</returns>
    Task<StoredObject?> FindByCodeAsync(string code, DateTimeOffset? asOf, CancellationToken cancellationToken);

    /// <summary>Every version of an object, oldest first.</summary>
    /// <param name="id">The object.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The versions; empty when the object never existed.</returns>
    Task<IReadOnlyList<ObjectVersion>> GetHistoryAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every object of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="asOf">The instant (UTC) to read as of, or <see langword="null"/> for now.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The objects, in code order.</returns>
    IAsyncEnumerable<StoredObject> ListAsync(ObjectKind kind, DateTimeOffset? asOf, CancellationToken cancellationToken);

    /// <summary>The current objects of a spatial kind whose geometry's bounding box intersects <paramref name="envelope"/>, found through the spatial index.</summary>
    /// <param name="kind">A kind with geometry.</param>
    /// <param name="envelope">The box in EPSG:4326 degrees (X = longitude, Y = latitude).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The candidates; callers test the exact geometry.</returns>
    Task<IReadOnlyList<StoredObject>> QueryEnvelopeAsync(ObjectKind kind, Envelope envelope, CancellationToken cancellationToken);

    /// <summary>A field report by code.</summary>
    /// <param name="code">The report's code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report with its stored version, or <see langword="null"/>.</returns>
    Task<StoredReport?> GetReportAsync(string code, CancellationToken cancellationToken);

    /// <summary>A field report by code without its items, for reports too large to read whole.</summary>
    /// <param name="code">The report's code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report (with no items), its stored version and its item count, or <see langword="null"/>.</returns>
    Task<ReportHeader?> GetReportHeaderAsync(string code, CancellationToken cancellationToken);

    /// <summary>The items of a field report, in report order, read one at a time.</summary>
    /// <param name="reportId">The report.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The items; none when the report is unknown.</returns>
    IAsyncEnumerable<FieldReportItem> ReadReportItemsAsync(Guid reportId, CancellationToken cancellationToken);

    /// <summary>Field reports, newest first.</summary>
    /// <param name="status">Only reports in this status, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reports, without their items.</returns>
    Task<IReadOnlyList<FieldReportSummary>> ListReportsAsync(FieldReportStatus? status, CancellationToken cancellationToken);

    /// <summary>The changes the report's approval made to objects, in the order they were made.</summary>
    /// <param name="reportId">The report.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The effects; empty when the report was never approved.</returns>
    Task<IReadOnlyList<ReportEffect>> GetReportEffectsAsync(Guid reportId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a commit atomically, checking every expected version first. A process that dies part-way leaves
    /// the database as it was before.
    /// </summary>
    /// <param name="commit">The commit.</param>
    /// <param name="progress">Told the number of changes applied so far, if given.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is stored then.</param>
    /// <returns><see langword="null"/> on success, else the conflict that stopped it (nothing was stored).</returns>
    Task<CommitConflict?> CommitAsync(Commit commit, IProgress<int>? progress, CancellationToken cancellationToken);
}
