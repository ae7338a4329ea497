using System.Globalization;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Homeward.Domain.Validation;

/// <summary>
/// The part of the world a deployment records: every coordinate that enters must lie in it. A box of longitudes and
/// latitudes, or a polygonal area inside such a box, in EPSG:4326 (X = longitude, Y = latitude, degrees). Points on
/// the edge lie inside. Immutable and thread-safe.
/// </summary>
public sealed class DeploymentRegion
{
    private readonly IndexedPointInAreaLocator? _area;

    private DeploymentRegion(string name, Envelope bounds, Geometry? area)
    {
        Name = name;
        MinLongitude = bounds.MinX;
        MaxLongitude = bounds.MaxX;
        MinLatitude = bounds.MinY;
        MaxLatitude = bounds.MaxY;

        // The indexed locator builds its index once, under a lock, on first use (NTS documents it as thread-safe).
        _area = area is null ? null : new IndexedPointInAreaLocator(area);
    }

    /// <summary>
    /// The Karabakh deployment's default: Azerbaijan's extent (Naxçıvan in the west to the Caspian platforms in the east)
    /// with a margin of a few kilometres, longitude 44.7 to 50.9, latitude 38.3 to 41.95.
    /// </summary>
    public static DeploymentRegion Azerbaijan { get; } = FromBounds("Azerbaijan", 44.7, 50.9, 38.3, 41.95);

    /// <summary>The region's name, for messages (<c>Azerbaijan</c>).</summary>
    public string Name { get; }

    /// <summary>The westernmost longitude of the region, in degrees.</summary>
    public double MinLongitude { get; }

    /// <summary>The easternmost longitude of the region, in degrees.</summary>
    public double MaxLongitude { get; }

    /// <summary>The southernmost latitude of the region, in degrees.</summary>
    public double MinLatitude { get; }

    /// <summary>The northernmost latitude of the region, in degrees.</summary>
    public double MaxLatitude { get; }

    /// <summary>A region that is a box of longitudes and latitudes.</summary>
    /// <param name="name">The name, for messages.</param>
    /// <param name="minLongitude">The western edge, degrees, −180 to 180.</param>
    /// <param name="maxLongitude">The eastern edge, degrees, greater than <paramref name="minLongitude"/>.</param>
    /// <param name="minLatitude">The southern edge, degrees, −90 to 90.</param>
    /// <param name="maxLatitude">The northern edge, degrees, greater than <paramref name="minLatitude"/>.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An edge is outside the range of degrees, or the box is empty.</exception>
    public static DeploymentRegion FromBounds(string name, double minLongitude, double maxLongitude, double minLatitude, double maxLatitude)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(minLongitude, -180);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLongitude, 180);
        ArgumentOutOfRangeException.ThrowIfLessThan(minLatitude, -90);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLatitude, 90);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxLongitude, minLongitude);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxLatitude, minLatitude);
        return new DeploymentRegion(name, new Envelope(minLongitude, maxLongitude, minLatitude, maxLatitude), null);
    }

    /// <summary>A region that is a polygonal area, for example a country's boundary with a buffer.</summary>
    /// <param name="name">The name, for messages.</param>
    /// <param name="area">A valid polygon or multipolygon in EPSG:4326; copied, so later changes to it do not matter.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="area"/> is not a valid, non-empty polygonal geometry in degrees.</exception>
    public static DeploymentRegion FromArea(string name, Geometry area)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(area);
        if (area is not (Polygon or MultiPolygon) || area.IsEmpty || !area.IsValid)
        {
            throw new ArgumentException("A deployment region is a valid, non-empty polygon or multipolygon.", nameof(area));
        }

        var bounds = area.EnvelopeInternal;
        if (bounds.MinX < -180 || bounds.MaxX > 180 || bounds.MinY < -90 || bounds.MaxY > 90)
        {
            throw new ArgumentException("A deployment region is given in EPSG:4326 degrees.", nameof(area));
        }

        return new DeploymentRegion(name, bounds, area.Copy());
    }

    /// <summary>Whether a position lies in the region (on its edge counts as inside).</summary>
    /// <param name="longitude">Longitude in degrees (X).</param>
    /// <param name="latitude">Latitude in degrees (Y).</param>
    /// <returns>Whether it lies in the region.</returns>
    public bool Contains(double longitude, double latitude) =>
        longitude >= MinLongitude && longitude <= MaxLongitude && latitude >= MinLatitude && latitude <= MaxLatitude
        && (_area is null || _area.Locate(new Coordinate(longitude, latitude)) != Location.Exterior);

    /// <summary>The region for messages: its name and extent, <c>Azerbaijan (longitude 44.7 to 50.9, latitude 38.3 to 41.95)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} (longitude {MinLongitude:0.###} to {MaxLongitude:0.###}, latitude {MinLatitude:0.###} to {MaxLatitude:0.###})");
}
