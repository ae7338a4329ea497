using Homeward.Geo.Crs;
using Homeward.Testing;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.Tests.Crs;

public sealed partial class CoordinateTransformerTests
{
    private readonly CoordinateTransformer _transformer = new();

    [Fact]
    public void Transform_MinefieldRecordsExample2_GivesThePublishedWgs84AndUtm()
    {
        // minefield-records.md §6 Example 2 (PROJ 9.1.1): SK-42 zone 8, X (north) = 4 430 000, Y (east) = 8 665 000.
        var (lon, lat) = _transformer.Transform(8_665_000, 4_430_000, 28408, 4326);
        var (easting, northing) = _transformer.Transform(8_665_000, 4_430_000, 28408, 32638);

        Assert.Equal(39.98734775, lat, 1e-8);
        Assert.Equal(46.93057652, lon, 1e-8);
        Assert.Equal(664_829.34, easting, 0.005);
        Assert.Equal(4_428_137.84, northing, 0.005);
    }

    [Theory]
    [InlineData(15865, 39.9873477, 46.9305765)]
    [InlineData(1808, 39.9873781, 46.9305930)]
    public void Transform_MinefieldRecordsExample2WithEachTransformation_GivesThePublishedLatLon(int epsgCode, double lat, double lon)
    {
        Assert.True(DatumTransformation.TryFromEpsgCode(epsgCode, out var transformation));

        var result = new CoordinateTransformer(transformation).Transform(8_665_000, 4_430_000, 28408, 4326);

        // The example prints 7 decimals.
        Assert.Equal(lat, result.Y, 5e-8);
        Assert.Equal(lon, result.X, 5e-8);
    }

    [Fact]
    public void Transform_ThereAndBack_ReturnsWithinAMillimetre()
    {
        // Not closer: like PROJ, the inverse Helmert uses the transposed small-angle matrix, whose product with the forward
        // one differs from the identity by the square of the rotation, 0.1 mm at the Earth's radius for EPSG:15865.
        var gaussKruger = _transformer.Transform(46.9269, 39.9911, 4326, 28408);

        var back = _transformer.Transform(gaussKruger.X, gaussKruger.Y, 28408, 4326);

        Assert.Equal(46.9269, back.X, 1e-8);
        Assert.Equal(39.9911, back.Y, 1e-8);
    }

    [Fact]
    public void Transform_SameCrs_ReturnsTheInput()
    {
        Assert.Equal((8_665_000.0, 4_430_000.0), _transformer.Transform(8_665_000, 4_430_000, 28408, 28408));
    }

    [Fact]
    public void Transform_CoordinateWithZ_KeepsZ()
    {
        var result = _transformer.Transform(new CoordinateZ(46.9269, 39.9911, 1_250), 4326, 32638);

        Assert.IsType<CoordinateZ>(result);
        Assert.Equal(1_250, result.Z);
        Assert.Equal(664_506, result.X, 1.0);
    }

    [Fact]
    public void Transform_Geometry_UsesTheTargetFactoryAndLeavesTheInputAlone()
    {
        // A triangle with one westmost vertex, so that normalizing cannot start the two rings at different vertices.
        var polygon = Wkt.Read("POLYGON ((46.90 39.95, 46.91 39.951, 46.905 39.96, 46.90 39.95))");

        var projected = _transformer.Transform(polygon, 28408);
        var back = _transformer.Transform(projected, 4326);

        Assert.Equal(28408, projected.SRID);
        Assert.Equal(4326, back.SRID);
        Assert.InRange(projected.Coordinate.X, 8_600_000, 8_700_000);
        Assert.Equal(46.90, polygon.Coordinate.X);
        GeometryAssert.EqualNormalized("POLYGON ((46.90 39.95, 46.91 39.951, 46.905 39.96, 46.90 39.95))", back, 1e-8);
    }

    [Fact]
    public void Transform_GeometryWithoutSupportedSrid_Throws()
    {
        var point = GeometryServices.ForSrid(3857).CreatePoint(new Coordinate(0, 0));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _transformer.Transform(point, 4326));

        Assert.Contains("3857", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TransformInPlace_Spans_MatchesOneAtATime()
    {
        double[] xs = [8_665_000, 8_600_000, 8_700_000];
        double[] ys = [4_430_000, 4_400_000, 4_450_000];
        var expected = xs.Zip(ys, (x, y) => _transformer.Transform(x, y, 28408, 32638)).ToArray();

        _transformer.TransformInPlace(xs, ys, 28408, 32638);

        Assert.Equal(expected, xs.Zip(ys));
    }

    [Fact]
    public void TransformInPlace_SpansOfDifferentLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => _transformer.TransformInPlace(new double[2], new double[3], 4326, 32638));
    }

    [Fact]
    public void TransformInPlace_CoordinateSequence_TransformsEveryCoordinate()
    {
        var sequence = GeometryServices.Wgs84.CoordinateSequenceFactory.Create([new Coordinate(45, 40), new Coordinate(46.9269, 39.9911)]);

        _transformer.TransformInPlace(sequence, 4326, 32638);

        Assert.Equal(500_000, sequence.GetX(0), 1e-6);
        Assert.Equal(664_506, sequence.GetX(1), 1.0);
    }

    [Fact]
    public void ToWgs84_ReferencedCoordinate_GivesLonLat()
    {
        var record = new ReferencedCoordinate(CoordinateReferenceSystem.Pulkovo1942GaussKrugerZone8, 8_665_000, 4_430_000);

        var lonLat = _transformer.ToWgs84(record);

        Assert.Equal(46.93057652, lonLat.Longitude, 1e-8);
        Assert.Equal(39.98734775, lonLat.Latitude, 1e-8);
    }

    [Fact]
    public void ToWgs84_DefaultReferencedCoordinate_Throws()
    {
        Assert.Throws<ArgumentException>(() => _transformer.ToWgs84(default));
    }

    [Fact]
    public void Transform_UnsupportedSrid_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _transformer.Transform(0, 0, 4326, 2498));

        Assert.Contains("2498", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pulkovo1942ToWgs84_NewTransformer_IsEpsg15865()
    {
        Assert.Same(DatumTransformation.Epsg15865, _transformer.Pulkovo1942ToWgs84);
    }
}
