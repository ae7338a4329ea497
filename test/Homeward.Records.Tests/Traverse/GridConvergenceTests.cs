using Homeward.Geo.Crs;
using Homeward.Records.Traverse;

namespace Homeward.Records.Tests.Traverse;

/// <summary>Convergence against PROJ 9.1 (<c>proj -V</c>), and the Survex case of spec example 1d.</summary>
public sealed class GridConvergenceTests
{
    [Theory]
    [InlineData(28408, 46.9305765, 39.9873477, 1.24090300)] // example 2, GK zone 8
    [InlineData(32638, 46.9305765, 39.9873477, 1.24090300)] // and UTM 38N, same central meridian
    [InlineData(28408, 46.93, 39.99, 1.24060072)] // spec 2.3
    [InlineData(32639, 49.87, 40.41, -0.73258)] // Baku in UTM 39N
    public void Degrees_RegionalPoints_AgreeWithProj(int srid, double lon, double lat, double expected)
    {
        Assert.Equal(expected, GridConvergence.Degrees(CoordinateReferenceSystem.FromSrid(srid), lon, lat), 0.00001);
    }

    [Fact]
    public void Degrees_SurvexCase_IsMinusNineTenths()
    {
        // Survex tests/cmd_declination_auto: UTM 33N E 410600, N 5282000 → "grid convergence: -0.9dg".
        var utm33 = CoordinateReferenceSystem.Utm(33, north: true);
        var (lon, lat) = new CoordinateTransformer().Transform(410_600, 5_282_000, utm33.Srid, 4326);

        var gamma = GridConvergence.Degrees(utm33, lon, lat);

        Assert.Equal(47.68520, lat, 0.00001);
        Assert.Equal(13.80876, lon, 0.00001);
        Assert.Equal(-0.9, Math.Round(gamma, 1));
    }

    [Fact]
    public void Degrees_GeographicCrs_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => GridConvergence.Degrees(CoordinateReferenceSystem.Wgs84, 47, 40));
    }
}
