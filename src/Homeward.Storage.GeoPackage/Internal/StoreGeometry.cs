using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>
/// The one geometry configuration of the store: EPSG:4326 (X = longitude, Y = latitude, degrees), floating
/// precision and the NG overlay. Every geometry the store reads is built by <see cref="Factory"/>. Thread-safe.
/// </summary>
internal static class StoreGeometry
{
    /// <summary>The SRID of every stored geometry.</summary>
    public const int Srid = 4326;

    /// <summary>The services: SRID 4326, <see cref="PrecisionModel.Floating"/>, <see cref="GeometryOverlay.NG"/>.</summary>
    public static NtsGeometryServices Services { get; } = new(
        CoordinateArraySequenceFactory.Instance,
        new PrecisionModel(PrecisionModels.Floating),
        Srid,
        GeometryOverlay.NG,
        new CoordinateEqualityComparer());

    /// <summary>The factory of <see cref="Services"/> with SRID 4326.</summary>
    public static GeometryFactory Factory { get; } = Services.CreateGeometryFactory(Srid);
}
