using Homeward.Exchange.FieldReports;

namespace Homeward.Exchange.Import;

/// <summary>
/// What an import found in a file: the items to store (kept in a temporary file, so that a file of any size is read
/// with one item in memory at a time), the records refused and why, and the counts. Dispose it to delete the items' file.
/// </summary>
public sealed class ImportResult : IDisposable
{
    internal ImportResult()
    {
    }

    /// <summary>The items of the good records, in file order.</summary>
    public FieldReportItemSpool Items { get; } = new();

    /// <summary>The records refused.</summary>
    public long RejectedCount { get; internal set; }

    /// <summary>The refused records with the reasons, in file order, when <see cref="ImportOptions.KeepRejected"/> (else empty).</summary>
    public List<(SourceRecord Record, string Reason)> Rejected { get; } = [];

    /// <summary>The problems found, up to <see cref="Importer.ProblemCap"/>; <see cref="ProblemCount"/> counts them all.</summary>
    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Every problem found.</summary>
    public long ProblemCount { get; internal set; }

    /// <summary>Things worth a look that do not refuse a record (a near-duplicate of a stored area), up to the cap.</summary>
    public List<ImportProblem> Warnings { get; } = [];

    /// <summary>Every warning.</summary>
    public long WarningCount { get; internal set; }

    /// <summary>The records read.</summary>
    public long RecordsRead { get; internal set; }

    /// <summary>Why the file could not be read, or <see langword="null"/>.</summary>
    public ImportProblem? FatalError { get; internal set; }

    /// <summary>Source column → Homeward field, as used.</summary>
    public Dictionary<string, string> ColumnMap { get; } = new(StringComparer.Ordinal);

    /// <summary>The columns no field took (left out of the import).</summary>
    public List<string> UnmappedColumns { get; } = [];

    /// <summary>The EPSG code the coordinates were read in.</summary>
    public int SourceSrid { get; internal set; }

    /// <summary>Whether nothing was wrong: no fatal error and no refused record.</summary>
    public bool IsClean => FatalError is null && RejectedCount == 0;

    /// <summary>Deletes the items' temporary file.</summary>
    public void Dispose() => Items.Dispose();
}
