using Homeward.Geo.Validation;

namespace Homeward.Exchange.FieldReports;

/// <summary>How <see cref="FieldReportFile"/> treats the geometries of a file at the boundary. Immutable.</summary>
public sealed record FieldReportReadOptions
{
    /// <summary>The checks every geometry passes (the deployment's region, thresholds and measure).</summary>
    public required GeometryValidator Validator { get; init; }

    /// <summary>
    /// Whether to repair, at the user's request, what can be repaired: rings that are not closed, invalid geometries
    /// (rebuilt with NetTopologySuite's <c>GeometryFixer</c>) and longitude and latitude that appear swapped. Each
    /// repair is recorded in <see cref="Homeward.Domain.Reports.FieldReportItem.GeometryRepair"/>. Off by default:
    /// Homeward never repairs silently, and an invalid geometry is refused.
    /// </summary>
    public bool RepairGeometry { get; init; }
}
