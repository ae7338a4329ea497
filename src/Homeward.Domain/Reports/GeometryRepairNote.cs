using System.Globalization;
using Homeward.Domain.Validation;
using NetTopologySuite.Geometries;

namespace Homeward.Domain.Reports;

/// <summary>
/// The record of a repair made to an item's geometry at the user's request, before the report was stored: what was
/// wrong, what was done, and the geometry as it came. Homeward never repairs a geometry silently; this note stays with
/// the report for good.
/// </summary>
/// <param name="Problems">The problems the repair removed, as found in the geometry as it came.</param>
/// <param name="Changes">What was done, in words (<c>swapped longitude and latitude; rebuilt with GeometryFixer</c>).</param>
/// <param name="Original">The geometry as it came, in EPSG:4326 (X = longitude, Y = latitude); a ring that was not closed appears closed.</param>
/// <param name="AreaBeforeSquareMetres">The area of <paramref name="Original"/> in m² (the deployment's projected CRS); 0 for points.</param>
/// <param name="AreaAfterSquareMetres">The area of the repaired geometry in m².</param>
/// <param name="VerticesBefore">The number of positions in the geometry as it came.</param>
/// <param name="VerticesAfter">The number of positions in the repaired geometry.</param>
public sealed record GeometryRepairNote(
    IReadOnlyList<GeometryValidationError> Problems,
    string Changes,
    Geometry Original,
    double AreaBeforeSquareMetres,
    double AreaAfterSquareMetres,
    int VerticesBefore,
    int VerticesAfter)
{
    /// <summary>
    /// The repair as one line, invariant English: <c>invalid geometry: Self-intersection ... at (46.95 39.95); rebuilt with
    /// GeometryFixer: 5 positions and 0 m² before, 7 positions and 6 160 m² after.</c>
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{string.Join("; ", Problems.Select(p => p.Location is { } at ? $"{p.Message.TrimEnd('.')} at {at}" : p.Message.TrimEnd('.')))}; " +
        $"{Changes}: {VerticesBefore} positions and {AreaBeforeSquareMetres:0} m² before, {VerticesAfter} positions and {AreaAfterSquareMetres:0} m² after.");
}
