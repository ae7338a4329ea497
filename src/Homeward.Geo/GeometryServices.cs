using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Homeward.Geo;

/// <summary>
/// The one <see cref="NtsGeometryServices"/> Homeward uses: SRID 4326 for storage, floating precision and the
/// robust overlay (OverlayNG). The library's defaults (SRID −1, legacy overlay) are never used.
/// </summary>
public static class GeometryServices
{
    /// <summary>The storage SRID: WGS 84 longitude/latitude in degrees (X = longitude, Y = latitude).</summary>
    public const int StorageSrid = 4326;

    /// <summary>The configured services. Thread-safe.</summary>
    public static NtsGeometryServices Instance { get; } = new(
        NetTopologySuite.Geometries.Implementation.CoordinateArraySequenceFactory.Instance,
        PrecisionModel.Floating.Value,
        StorageSrid,
        GeometryOverlay.NG,
        new CoordinateEqualityComparer());

    /// <summary>The factory for storage geometries (EPSG:4326). Thread-safe.</summary>
    public static GeometryFactory Wgs84 { get; } = Instance.CreateGeometryFactory(StorageSrid);

    /// <summary>A factory for geometries in a projected CRS.</summary>
    /// <param name="srid">The EPSG code of the CRS, for example 32638 for UTM zone 38N.</param>
    /// <returns>The factory.</returns>
    public static GeometryFactory ForSrid(int srid) => Instance.CreateGeometryFactory(srid);
}
