using Homeward.Records.Format;

namespace Homeward.Records.Traverse;

/// <summary>A row placed in the plane: its line, and its mines at the start and every spacing after it.</summary>
/// <param name="Row">The row as recorded.</param>
/// <param name="Start">The start point.</param>
/// <param name="End">The end point: the recorded end marker, or the end of the row's bearing and length.</param>
/// <param name="Mines">The mines, numbered from 1 at the start.</param>
internal sealed record SolvedRow(RecordRow Row, PlaneNode Start, PlaneNode End, IReadOnlyList<PlaneNode> Mines)
{
    public double LengthMetres => Math.Sqrt(Math.Pow(End.East - Start.East, 2) + Math.Pow(End.North - Start.North, 2));

    /// <summary>The span of its mines, (count − 1) × spacing.</summary>
    public double SpanMetres => (Row.Count - 1) * Row.SpacingMetres;
}
