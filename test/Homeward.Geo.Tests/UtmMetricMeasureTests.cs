using Homeward.Testing;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.Tests;

public sealed partial class UtmMetricMeasureTests
{
    private readonly UtmMetricMeasure _measure = new(38, north: true);

    [Fact]
    public void ToProjected_PointOnCentralMeridian_HasFalseEasting()
    {
        // Zone 38's central meridian is 45°E; every point on it has easting 500 000 m exactly.
        var projected = _measure.ToProjected(Wkt.Read("POINT (45 40)"));

        Assert.Equal(32638, projected.SRID);
        Assert.Equal(500_000, projected.Coordinate.X, 6);
    }

    [Fact]
    public void ToWgs84_ProjectedPoint_ComesBackWithinAMillimetre()
    {
        var original = new Coordinate(46.9269, 39.9911);

        var projected = _measure.ToProjected(GeometryServices.Wgs84.CreatePoint(original)).Coordinate;
        var back = _measure.ToWgs84(projected);

        // 1e-8 degrees is about a millimetre at this latitude.
        Assert.Equal(original.X, back.X, 1e-8);
        Assert.Equal(original.Y, back.Y, 1e-8);
    }

    [Fact]
    public void AreaSquareMetres_SquareKilometreLaidOutInUtm_IsOneMillionSquareMetres()
    {
        var corners = new[] { (600_000.0, 4_430_000.0), (601_000.0, 4_430_000.0), (601_000.0, 4_431_000.0), (600_000.0, 4_431_000.0) }
            .Select(c => _measure.ToWgs84(new Coordinate(c.Item1, c.Item2)))
            .ToList();
        corners.Add(corners[0]);
        var square = GeometryServices.Wgs84.CreatePolygon([.. corners]);

        var area = _measure.AreaSquareMetres(square);

        // Straight edges in degrees bend slightly in UTM; over 1 km the difference is far below 1 m².
        Assert.Equal(1_000_000, area, 1.0);
    }

    [Fact]
    public void AreaSquareMetres_PointOrLine_IsZero()
    {
        Assert.Equal(0, _measure.AreaSquareMetres(Wkt.Read("POINT (46.9 39.9)")));
        Assert.Equal(0, _measure.AreaSquareMetres(Wkt.Read("LINESTRING (46.9 39.9, 47 40)")));
    }

    [Fact]
    public void LengthMetres_OneDegreeOfLatitude_IsAbout111Kilometres()
    {
        var length = _measure.LengthMetres(Wkt.Read("LINESTRING (46 39.5, 46 40.5)"));

        // A degree of latitude near 40°N is 111.0 km on the ellipsoid; UTM's scale near the zone's centre adds < 0.1 %.
        Assert.InRange(length, 110_900, 111_200);
    }

    [Fact]
    public void Protrusion_InnerInsideOuter_IsZero()
    {
        var outer = Wkt.Read("POLYGON ((46.90 39.95, 46.91 39.95, 46.91 39.96, 46.90 39.96, 46.90 39.95))");
        var inner = Wkt.Read("POLYGON ((46.901 39.951, 46.905 39.951, 46.905 39.955, 46.901 39.955, 46.901 39.951))");

        var (distance, worst) = _measure.Protrusion(inner, outer);

        Assert.Equal(0, distance);
        Assert.Null(worst);
    }

    [Fact]
    public void Protrusion_InnerStickingOutEast_GivesDistanceAndTheFurthestCorner()
    {
        var outer = Wkt.Read("POLYGON ((46.90 39.95, 46.91 39.95, 46.91 39.96, 46.90 39.96, 46.90 39.95))");
        // 0.0005° of longitude at 39.95°N is about 42.7 m.
        var inner = Wkt.Read("POLYGON ((46.905 39.951, 46.9105 39.951, 46.9105 39.955, 46.905 39.955, 46.905 39.951))");

        var (distance, worst) = _measure.Protrusion(inner, outer);

        Assert.InRange(distance, 42.0, 43.5);
        Assert.NotNull(worst);
        Assert.Equal(46.9105, worst.Value.Longitude, 6);
    }
}
