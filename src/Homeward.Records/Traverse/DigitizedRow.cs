using NetTopologySuite.Geometries;

namespace Homeward.Records.Traverse;

/// <summary>A computed row of mines: its line from start to end, and its mines placed by count and spacing from the start.</summary>
/// <param name="Id">The row's id.</param>
/// <param name="MineType">The mine model, if recorded.</param>
/// <param name="Count">The number of mines recorded.</param>
/// <param name="SpacingMetres">The recorded spacing.</param>
/// <param name="LengthMetres">The row's length in the plane, from its start to its end point.</param>
/// <param name="Start">The start point's id.</param>
/// <param name="End">The end point's id (<c>ROW.end</c> when the row was given by bearing and length).</param>
/// <param name="LineWgs84">The row line in EPSG:4326 (X = longitude, Y = latitude).</param>
/// <param name="LineUtm">The row line in the output UTM zone, metres.</param>
/// <param name="Mines">The mines, in order from the start.</param>
public sealed record DigitizedRow(
    string Id,
    string? MineType,
    int Count,
    double SpacingMetres,
    double LengthMetres,
    string Start,
    string End,
    LineString LineWgs84,
    LineString LineUtm,
    IReadOnlyList<DigitizedPoint> Mines)
{
    /// <summary>The span of the mines, (count − 1) × spacing, in metres: what the row's length should be (flag F05).</summary>
    public double SpanMetres => (Count - 1) * SpacingMetres;
}
