using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Geo.Validation;

namespace Homeward.Exchange.Import;

/// <summary>What an import makes of a file's records, and against which rules it checks them.</summary>
public sealed record ImportOptions
{
    /// <summary>The kind of object every record becomes.</summary>
    public required ObjectKind Kind { get; init; }

    /// <summary>The mapping of columns and values; an empty one maps columns by name.</summary>
    public ImportMapping Mapping { get; init; } = new();

    /// <summary>The code tables values are checked against (the database's).</summary>
    public CodeTables Codes { get; init; } = CodeTables.Standard;

    /// <summary>The geometry rules (deployment region, thresholds); give each import its own.</summary>
    public required GeometryValidator Validator { get; init; }

    /// <summary>Today, in the deployment's time zone: later dates are refused as in the future.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The earliest date a record may give.</summary>
    public DateOnly EarliestDate { get; init; } = new(1990, 1, 1);

    /// <summary>
    /// Whether the refused records themselves are kept (in <see cref="ImportResult.Rejected"/>), to be written to a
    /// rejected-records file; an all-or-nothing import needs only their count and problems, and keeps memory bounded
    /// however much of a large file is wrong.
    /// </summary>
    public bool KeepRejected { get; init; } = true;
}
