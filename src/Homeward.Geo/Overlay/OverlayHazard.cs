using Homeward.Domain.Objects;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.Overlay;

/// <summary>A hazardous area as the overlay sees it: its code, its status and its perimeter. Immutable.</summary>
/// <param name="Id">The hazardous area's identity.</param>
/// <param name="Code">Its readable code, for example <c>HA-AGD-000123</c>; results name hazards by it.</param>
/// <param name="Status">Its status; only <see cref="HazardStatus.Open"/> and <see cref="HazardStatus.InProgress"/> block anything.</param>
/// <param name="Geometry">
/// Its perimeter in EPSG:4326 (X = longitude, Y = latitude, degrees): a valid polygon or multipolygon, or <see langword="null"/>
/// or empty when not recorded (such a hazard blocks nothing). It is not changed.
/// </param>
public sealed record OverlayHazard(Guid Id, string Code, HazardStatus Status, Geometry? Geometry)
{
    /// <summary>A local name, if any.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the hazard is still uncleared: open or in progress. Released, handed-over and closed ones block nothing.</summary>
    public bool IsUncleared => Status is HazardStatus.Open or HazardStatus.InProgress;

    /// <summary>The overlay's view of a recorded hazardous area.</summary>
    /// <param name="hazard">The hazardous area.</param>
    /// <returns>Its code, status, geometry and name.</returns>
    public static OverlayHazard From(HazardousArea hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        return new OverlayHazard(hazard.Id, hazard.Code, hazard.Status, hazard.Geometry) { Name = hazard.Name };
    }
}
