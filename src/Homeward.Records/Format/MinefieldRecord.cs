using Homeward.Geo.Crs;
using Homeward.Records.Units;

namespace Homeward.Records.Format;

/// <summary>
/// A minefield record as it is written on paper, typed in by a digitization officer: the reference point, the legs
/// (bearing and distance) to the turning points, the perimeter, and the rows of mines. Every value keeps the text it
/// was read from. Read one with <see cref="MinefieldRecordReader"/>; compute it with
/// <see cref="Traverse.MinefieldDigitizer"/>. Immutable.
/// </summary>
public sealed record MinefieldRecord
{
    /// <summary>The record's identifier, for example <c>MF-AGD-0001</c>.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The first day the mines may have been laid: the date itself when the record gives a day; the first day of the month
    /// or year when it gives only those; <see langword="null"/> when it gives no date (flag F12).
    /// </summary>
    public DateOnly? LaidFrom { get; init; }

    /// <summary>The last day the mines may have been laid (equal to <see cref="LaidFrom"/> for an exact date).</summary>
    public DateOnly? LaidTo { get; init; }

    /// <summary>The coordinate reference system of the absolute coordinates, or <see langword="null"/> when the record does not say (flag F13).</summary>
    public CoordinateReferenceSystem? Crs { get; init; }

    /// <summary>The record's bearing unit, or <see langword="null"/> when it does not say (then every plausible unit is computed, flag F03).</summary>
    public AngleUnit? BearingUnit { get; init; }

    /// <summary>What bearings are measured from; <see cref="BearingReference.Unknown"/> when the record does not say (flag F04).</summary>
    public BearingReference BearingReference { get; init; } = BearingReference.Unknown;

    /// <summary>The unit of distances that do not name their own.</summary>
    public DistanceUnit DistanceUnit { get; init; } = DistanceUnit.Metre;

    /// <summary>The length of one pace in metres, if the record states it (default 0.75 m; a pair of steps is twice it).</summary>
    public double? PaceLengthMetres { get; init; }

    /// <summary>The declination the author applied, in degrees east, if the record states it (flag F11 compares it with the model).</summary>
    public double? StatedDeclinationDegrees { get; init; }

    /// <summary>The map sheet the record cites, for example <c>J-38-10-Б-б</c> (flag F09 checks the reference point lies on it).</summary>
    public string? MapSheet { get; init; }

    /// <summary>The total number of mines the record states (flag F07 compares it with the rows).</summary>
    public int? TotalMines { get; init; }

    /// <summary>How the reference point was located, which sets its uncertainty when the point does not state one.</summary>
    public ReferenceLocation ReferenceLocatedBy { get; init; } = ReferenceLocation.Map50K;

    /// <summary>The points, in the order written.</summary>
    public required IReadOnlyList<RecordPoint> Points { get; init; }

    /// <summary>Measured legs that do not place a new point, such as the closing leg of the perimeter.</summary>
    public IReadOnlyList<RecordLeg> Legs { get; init; } = [];

    /// <summary>The perimeter as point ids, first and last the same; empty when the record has none.</summary>
    public IReadOnlyList<string> Perimeter { get; init; } = [];

    /// <summary>The rows of mines.</summary>
    public IReadOnlyList<RecordRow> Rows { get; init; } = [];

    /// <summary>Whether the date is missing or given only to the month or year (flag F12).</summary>
    public bool IsDateApproximate => LaidFrom is null || LaidFrom != LaidTo;
}
