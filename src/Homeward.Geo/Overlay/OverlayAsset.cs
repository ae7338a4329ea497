using NetTopologySuite.Geometries;

namespace Homeward.Geo.Overlay;

/// <summary>
/// Something hazards may block: a settlement, a road, a field, a building site. Immutable.
/// </summary>
/// <param name="Id">The asset's identifier, unique within its layer (a settlement's code, a file's feature id).</param>
/// <param name="Label">A name for people (the settlement's name, the feature's <c>name</c>), or the id again.</param>
/// <param name="Geometry">
/// The geometry in EPSG:4326, X = longitude and Y = latitude in degrees: a point, line or polygon, or a multi-geometry of one
/// of those, valid (OGC simple features) and not empty. It is not changed.
/// </param>
public sealed record OverlayAsset(string Id, string Label, Geometry Geometry)
{
    /// <summary>
    /// The people who lived at a point asset (a settlement's population before displacement), or <see langword="null"/> when
    /// unknown or not a place people live. Counted in <see cref="HazardBlockage"/>'s people kept from home.
    /// </summary>
    public int? Population { get; init; }

    /// <summary>The shape the geometry has, which decides how blocking is measured.</summary>
    /// <exception cref="ArgumentException">The geometry is empty or a mixed geometry collection.</exception>
    public AssetShape Shape => ShapeOf(Geometry);

    /// <summary>The shape of a geometry.</summary>
    /// <param name="geometry">A point, line or polygon geometry, or a multi-geometry of one of those.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentException">The geometry is empty or a mixed geometry collection.</exception>
    public static AssetShape ShapeOf(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry switch
        {
            { IsEmpty: true } => throw new ArgumentException("An asset's geometry may not be empty.", nameof(geometry)),
            Point or MultiPoint => AssetShape.Point,
            LineString or MultiLineString => AssetShape.Line,
            Polygon or MultiPolygon => AssetShape.Polygon,
            _ => throw new ArgumentException(
                $"An asset is a point, line or polygon (or a multi-geometry of one of them), not a {geometry.GeometryType}.", nameof(geometry)),
        };
    }
}
