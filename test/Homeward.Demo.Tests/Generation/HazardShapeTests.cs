using Homeward.Demo.Generation;
using Homeward.Geo;
using NetTopologySuite.Geometries;

namespace Homeward.Demo.Tests.Generation;

public sealed class HazardShapeTests
{
    [Theory]
    [InlineData(1, 2_000)]
    [InlineData(2, 350_000)]
    [InlineData(3, 12_000_000)]
    public void Create_AnySeed_ValidPolygonOfAboutTheWantedArea(int seed, double areaSquareMetres)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var centre = new Coordinate(46.5 + random.NextDouble(), 39.2 + random.NextDouble());

            var (polygon, radius) = HazardShape.Create(random, centre, areaSquareMetres);

            Assert.True(polygon.IsValid, polygon.AsText());
            Assert.Equal(GeometryServices.StorageSrid, polygon.SRID);
            Assert.True(polygon.NumPoints >= 13, polygon.AsText());
            // The shape is scaled on a local plane; UTM 38N's scale factor and the plane differ by well under 1 %.
            Assert.InRange(UtmMetricMeasure.Karabakh.AreaSquareMetres(polygon), areaSquareMetres * 0.99, areaSquareMetres * 1.01);
            Assert.True(radius > Math.Sqrt(areaSquareMetres / Math.PI) * 0.5);
        }
    }

    [Fact]
    public void Offset_BeyondTheRadius_LiesOutsideThePolygon()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var centre = new Coordinate(46.9, 39.8);
            var (polygon, radius) = HazardShape.Create(random, centre, 500_000);

            var benchmark = HazardShape.Offset(centre, (radius * 1.1) + 25, random.NextDouble() * 2 * Math.PI);

            Assert.False(polygon.Covers(benchmark), $"{benchmark.AsText()} in {polygon.AsText()}");
        }
    }
}
