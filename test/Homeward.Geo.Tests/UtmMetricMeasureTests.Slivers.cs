using Homeward.Testing;

namespace Homeward.Geo.Tests;

public sealed partial class UtmMetricMeasureTests
{
    [Fact]
    public void Protrusion_TwoFarApartPartsStickingOut_MeasuresEachPartNotTheGapBetween()
    {
        var outer = Wkt.Read("POLYGON ((46.90 39.95, 46.91 39.95, 46.91 39.96, 46.90 39.96, 46.90 39.95))");
        // Each part sticks out by 0.0001° of longitude (about 8.5 m); the parts are a kilometre apart.
        var inner = Wkt.Read("MULTIPOLYGON (((46.8999 39.951, 46.901 39.951, 46.901 39.952, 46.8999 39.952, 46.8999 39.951)), " +
            "((46.909 39.958, 46.9101 39.958, 46.9101 39.959, 46.909 39.959, 46.909 39.958)))");

        var (distance, worst) = _measure.Protrusion(inner, outer);

        Assert.InRange(distance, 8.0, 9.0);
        Assert.NotNull(worst);
    }
}
