using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Testing;

/// <summary>Reads WKT literals in tests into EPSG:4326 geometries built by Homeward's factory.</summary>
public static class Wkt
{
    /// <summary>Reads a WKT literal.</summary>
    /// <param name="wkt">The text, X = longitude, Y = latitude.</param>
    /// <returns>The geometry with SRID 4326.</returns>
    public static Geometry Read(string wkt) => new WKTReader(GeometryServices.Instance).Read(wkt);
}
