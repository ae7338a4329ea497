using Homeward.Records.Format;

namespace Homeward.Records.Traverse;

/// <summary>One computation of a record in the plane, under one reading of its bearings (unit and reference).</summary>
internal sealed class TraverseSolution
{
    public required IReadOnlyDictionary<string, PlaneNode> Nodes { get; init; }

    public required TraverseClosure? Closure { get; init; }

    /// <summary>Points that have coordinates and a leg: how far the leg's end lands from the coordinates.</summary>
    public required IReadOnlyList<(RecordPoint Point, double DeltaEast, double DeltaNorth, double ChainLengthMetres)> LinkChecks { get; init; }

    public required IReadOnlyList<SolvedRow> Rows { get; init; }

    public required IReadOnlyList<RecordError> Errors { get; init; }
}
