using Homeward.Domain.Codes;
using Homeward.Domain.Reports;

namespace Homeward.Domain.Storage;

/// <summary>
/// A whole database, history included, as <see cref="IStoreTransfer.ExportAsync"/> hands it out: the small tables read
/// at once, the large ones as streams read from one consistent snapshot. The streams must be read one after the other,
/// in the order of the properties, each at most once, and only while the export's callback runs.
/// </summary>
/// <param name="DataVersion">The data version.</param>
/// <param name="Counts">How many reports, effects and object versions the streams hold.</param>
/// <param name="CodeValues">Every code value in force, standard or added.</param>
/// <param name="CodeSequences">The last number handed out per code prefix.</param>
/// <param name="Reports">Every field report with its stored version, in code order.</param>
/// <param name="Effects">The effects of every report that has any, by report identity.</param>
/// <param name="Versions">Every version of every object, by object identity and then version.</param>
public sealed record StoreContent(
    long DataVersion,
    StoreContentCounts Counts,
    IReadOnlyList<CodeValue> CodeValues,
    IReadOnlyList<CodeSequence> CodeSequences,
    IAsyncEnumerable<StoredReport> Reports,
    IAsyncEnumerable<StoredReportEffects> Effects,
    IAsyncEnumerable<ObjectVersion> Versions);
