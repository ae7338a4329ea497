using Homeward.Domain.Objects;

namespace Homeward.Domain.Summary;

/// <summary>Land released in one year with one outcome.</summary>
/// <param name="Year">The calendar year of release.</param>
/// <param name="Outcome">Cancelled, reduced or cleared.</param>
/// <param name="Count">The number of released-area polygons.</param>
/// <param name="SquareMetres">Their area in square metres.</param>
public sealed record ReleasedByYear(int Year, ReleaseOutcome Outcome, int Count, double SquareMetres);
