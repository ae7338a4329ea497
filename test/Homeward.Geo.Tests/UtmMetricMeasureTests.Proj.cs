using System.Globalization;
using Homeward.Testing;

namespace Homeward.Geo.Tests;

public sealed partial class UtmMetricMeasureTests
{
    [Fact]
    public async Task ToProjected_PointsAcrossKarabakh_AgreeWithProjWithinAMillimetre()
    {
        // Corners and middle of the deployment region, and a point well east of the zone's central meridian.
        (double Lon, double Lat)[] points = [(45.5, 39.0), (47.0, 39.0), (47.5, 40.5), (45.8, 40.4), (46.75, 39.82), (49.9, 40.4)];

        var expected = await Proj.Cs2csAsync("EPSG:4326", "EPSG:32638", points.Select(p => (p.Lat, p.Lon)));

        for (var i = 0; i < points.Length; i++)
        {
            var point = Wkt.Read(string.Create(CultureInfo.InvariantCulture, $"POINT ({points[i].Lon} {points[i].Lat})"));
            var ours = _measure.ToProjected(point).Coordinate;
            Assert.Equal(expected[i].A, ours.X, 0.001);
            Assert.Equal(expected[i].B, ours.Y, 0.001);
        }
    }
}
