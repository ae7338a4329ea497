namespace Homeward.Exchange.Import;

/// <summary>
/// Reads the records of one source file, one at a time, so that files larger than memory can be imported. A file that
/// cannot be read on (truncated, damaged, not the format it claims) ends the records and sets <see cref="FatalError"/>;
/// a record that is wrong on its own comes back with its problem for the import to report. Not thread-safe.
/// </summary>
public abstract class SourceReader : IDisposable
{
    private readonly List<string> _columns = [];
    private readonly HashSet<string> _columnSet = new(StringComparer.Ordinal);

    /// <summary>Creates a reader of <paramref name="path"/>.</summary>
    /// <param name="path">The file or folder read.</param>
    protected SourceReader(string path) => Path = path;

    /// <summary>The format.</summary>
    public abstract SourceFormat Format { get; }

    /// <summary>The file or folder read.</summary>
    public string Path { get; }

    /// <summary>The layer or sheet read, when the file has several.</summary>
    public string? Layer { get; protected set; }

    /// <summary>
    /// The EPSG code of the CRS the file states (a <c>.prj</c>, a GeoPackage <c>srs_id</c>, a GeoJSON <c>crs</c>), or
    /// <see langword="null"/> when it states none. A stated CRS Homeward does not know is <see cref="UnknownCrs"/>.
    /// </summary>
    public int? DeclaredSrid { get; protected set; }

    /// <summary>The CRS the file states when Homeward does not know it (its name or WKT), or <see langword="null"/>.</summary>
    public string? UnknownCrs { get; protected set; }

    /// <summary>Why the file could not be read to its end, or <see langword="null"/> when it was (or is being) read.</summary>
    public ImportProblem? FatalError { get; protected set; }

    /// <summary>The attribute columns seen so far, in first-seen order (all of them once the records have been read).</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>How far the reading has got, 0 to 1.</summary>
    public abstract double Progress { get; }

    /// <summary>The word for a record in messages: <c>feature</c>, <c>placemark</c> or <c>row</c>.</summary>
    public virtual string RecordWord => "feature";

    /// <summary>What record <paramref name="number"/> is called in messages (<c>feature 3</c>; rows count the header as row 1).</summary>
    /// <param name="number">The record's number.</param>
    /// <returns>The name.</returns>
    public virtual string Describe(long number) => $"{RecordWord} {number}";

    /// <summary>Reads the records, from the first, once.</summary>
    /// <returns>The records; the sequence ends early when <see cref="FatalError"/> is set.</returns>
    public abstract IEnumerable<SourceRecord> ReadRecords();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the files held.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Records that the file has a column, keeping first-seen order.</summary>
    /// <param name="name">The column.</param>
    protected void SeeColumn(string name)
    {
        if (_columnSet.Add(name))
        {
            _columns.Add(name);
        }
    }

    /// <summary>Ends the records with a problem of the whole file.</summary>
    /// <param name="message">What is wrong.</param>
    protected void Fail(string message) => FatalError ??= new ImportProblem("file", null, null, null, message);

    /// <summary>
    /// Whether an exception thrown by a parser of untrusted bytes means that the file is damaged. A third-party parser
    /// fed a damaged file may throw almost anything; only cancellation and running out of memory are not the file's fault.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>Whether to report it as a damaged file.</returns>
    protected static bool IsDamage(Exception exception) => exception is not (OperationCanceledException or OutOfMemoryException);
}
