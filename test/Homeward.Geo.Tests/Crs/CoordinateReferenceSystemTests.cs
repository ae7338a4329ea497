using Homeward.Geo.Crs;

namespace Homeward.Geo.Tests.Crs;

public sealed class CoordinateReferenceSystemTests
{
    [Fact]
    public void Regional_Catalogue_HasTheSixCrssOfTheIssue()
    {
        Assert.Equal([4326, 32638, 32639, 4284, 28408, 28409], CoordinateReferenceSystem.Regional.Select(c => c.Srid));
    }

    [Theory]
    [InlineData(28408, 45, 8_500_000)]
    [InlineData(28409, 51, 9_500_000)]
    public void GaussKruger_Zone_IsTransverseMercatorOnKrassowskyWithZonePrefix(int srid, double centralMeridian, double falseEasting)
    {
        var crs = CoordinateReferenceSystem.FromSrid(srid);

        Assert.Equal(new TransverseMercatorParameters(centralMeridian, 1, falseEasting, 0), crs.Projection);
        Assert.Equal(GeodeticDatum.Pulkovo1942, crs.Datum);
        Assert.Equal(EpsgAxisOrder.NorthingEasting, crs.EpsgAxisOrder);
        Assert.Equal(srid - 28400, crs.Zone);
        Assert.Equal($"Pulkovo 1942 / Gauss-Kruger zone {srid - 28400}", crs.Name);
    }

    [Theory]
    [InlineData(32638, 38, 45, 0)]
    [InlineData(32639, 39, 51, 0)]
    [InlineData(32734, 34, 21, 10_000_000)]
    public void Utm_Zone_HasItsCentralMeridianAndFalseNorthing(int srid, int zone, double centralMeridian, double falseNorthing)
    {
        var crs = CoordinateReferenceSystem.FromSrid(srid);

        Assert.Equal(new TransverseMercatorParameters(centralMeridian, 0.9996, 500_000, falseNorthing), crs.Projection);
        Assert.Equal(zone, crs.Zone);
        Assert.Same(crs, CoordinateReferenceSystem.Utm(zone, falseNorthing == 0));
    }

    [Theory]
    [InlineData(4326, GeodeticDatum.Wgs84)]
    [InlineData(4284, GeodeticDatum.Pulkovo1942)]
    public void Geographic_Crs_HasNoProjectionAndLatitudeFirstInEpsg(int srid, GeodeticDatum datum)
    {
        var crs = CoordinateReferenceSystem.FromSrid(srid);

        Assert.True(crs.IsGeographic);
        Assert.Null(crs.Zone);
        Assert.Equal(datum, crs.Datum);
        Assert.Equal(EpsgAxisOrder.LatitudeLongitude, crs.EpsgAxisOrder);
    }

    [Theory]
    [InlineData(2498)] // Gauss–Krüger CM 45E without the zone prefix: not supported.
    [InlineData(28407)]
    [InlineData(32600)]
    [InlineData(32761)]
    [InlineData(0)]
    public void TryFromSrid_Unsupported_ReturnsFalse(int srid)
    {
        Assert.False(CoordinateReferenceSystem.TryFromSrid(srid, out var crs));
        Assert.Null(crs);
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinateReferenceSystem.FromSrid(srid));
    }

    [Fact]
    public void Equals_SameSrid_IsTrue()
    {
        Assert.Equal(CoordinateReferenceSystem.Wgs84Utm38N, CoordinateReferenceSystem.FromSrid(32638));
        Assert.NotEqual(CoordinateReferenceSystem.Wgs84Utm38N, CoordinateReferenceSystem.Wgs84Utm39N);
        Assert.Equal("EPSG:28408 Pulkovo 1942 / Gauss-Kruger zone 8", CoordinateReferenceSystem.Pulkovo1942GaussKrugerZone8.ToString());
    }

    [Fact]
    public void GaussKruger_UnsupportedZone_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinateReferenceSystem.GaussKruger(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinateReferenceSystem.Utm(61, north: true));
    }
}
