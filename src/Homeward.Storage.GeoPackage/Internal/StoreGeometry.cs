using Homeward.Geo;
using NetTopologySuite.Geometries;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// The one geometry configuration of the store, Homeward's own (<see cref="GeometryServices"/>): EPSG:4326
/// (X = longitude, Y = latitude, degrees), floating precision and the NG overlay. Every geometry the store reads is
/// built by <see cref="Factory"/>. Thread-safe.
/// </summary>
internal static class StoreGeometry
{
    /// <summary>The SRID of every stored geometry.</summary>
    public const int Srid = GeometryServices.StorageSrid;

    /// <summary>The factory of stored geometries: SRID 4326, <see cref="PrecisionModel.Floating"/>, <see cref="GeometryOverlay.NG"/>.</summary>
    public static GeometryFactory Factory => GeometryServices.Wgs84;
}
