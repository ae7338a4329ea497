namespace Homeward.Records.Format;

/// <summary>
/// A row (or strip) of mines: from its start point to its end point, or from its start along a bearing for a length;
/// mines at the start and every <paramref name="SpacingMetres"/> after it.
/// </summary>
/// <param name="Field">Where the row is in the record, for messages (for example <c>rows[1]</c>).</param>
/// <param name="Id">The row's id (A, B, C...).</param>
/// <param name="Start">The id of the start point.</param>
/// <param name="End">The id of the end point, or <see langword="null"/> when the row is given by bearing and length.</param>
/// <param name="Bearing">The row's bearing from its start, when it has no end point.</param>
/// <param name="Length">The row's length, when it has no end point; without it the length is (count − 1) × spacing.</param>
/// <param name="MineType">The mine model, for example <c>PMN-2</c>.</param>
/// <param name="Count">The number of mines (or clusters).</param>
/// <param name="SpacingMetres">The distance between neighbouring mines in metres ("шаг минирования").</param>
public sealed record RecordRow(
    string Field,
    string Id,
    string Start,
    string? End,
    RecordBearing? Bearing,
    RecordDistance? Length,
    string? MineType,
    int Count,
    double SpacingMetres);
