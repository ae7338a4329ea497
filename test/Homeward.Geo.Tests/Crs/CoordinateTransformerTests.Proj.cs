using System.Globalization;
using Homeward.Geo.Crs;

namespace Homeward.Geo.Tests.Crs;

public sealed partial class CoordinateTransformerTests
{
    private const string RegionBbox = "44.8,38.8,47.5,40.6";

    // 20 WGS 84 points across Karabakh and around it: longitudes 44.8–47.5°E, latitudes 38.8–40.6°N. Zone 9 and UTM 39N
    // see them 3.5° to 6.2° west of their central meridian, which is where Transverse Mercator series differ most.
    private static readonly (double Lon, double Lat)[] RegionGrid =
        [.. from i in Enumerable.Range(0, 5) from j in Enumerable.Range(0, 4) select (44.8 + 0.675 * i, 38.8 + 0.6 * j)];

    public static TheoryData<int> SupportedSridsButWgs84 => [32638, 32639, 4284, 28408, 28409];

    public static TheoryData<int> DatumTransformationCodes => [.. DatumTransformation.All.Select(t => t.EpsgCode)];

    [Fact]
    public async Task Cs2cs_InTheRegion_ChoosesTheDefaultTransformation()
    {
        var candidates = await Proj.CandidateCodesAsync("EPSG:4284", "EPSG:4326", RegionBbox);

        // So the cs2cs comparisons below compare the same operation: EPSG:15865 first, the alternative EPSG:1808 offered too.
        Assert.Equal("EPSG:15865", candidates[0]);
        Assert.Contains("EPSG:1808", candidates);
    }

    [Theory]
    [MemberData(nameof(SupportedSridsButWgs84))]
    public async Task Transform_Wgs84GridToCrs_AgreesWithCs2cs(int srid)
    {
        var expected = FromEpsgOrder(srid, await Proj.Cs2csAsync("EPSG:4326", Epsg(srid), RegionGrid.Select(p => (p.Lat, p.Lon))));

        var actual = RegionGrid.Select(p => _transformer.Transform(p.Lon, p.Lat, 4326, srid)).ToArray();

        AssertAgree(srid, expected, actual);
    }

    [Theory]
    [MemberData(nameof(SupportedSridsButWgs84))]
    public async Task Transform_CrsGridToWgs84_AgreesWithCs2cs(int srid)
    {
        var input = await Proj.Cs2csAsync("EPSG:4326", Epsg(srid), RegionGrid.Select(p => (p.Lat, p.Lon)));
        var expected = FromEpsgOrder(4326, await Proj.Cs2csAsync(Epsg(srid), "EPSG:4326", input));

        var actual = FromEpsgOrder(srid, input).Select(p => _transformer.Transform(p.X, p.Y, srid, 4326)).ToArray();

        AssertAgree(4326, expected, actual);
    }

    [Theory]
    [InlineData(28408, 32638)] // Example 2's pair: a Soviet record to the metric storage CRS.
    [InlineData(32638, 28408)]
    [InlineData(28408, 28409)] // Across Gauss–Krüger zones, same datum.
    [InlineData(32638, 32639)] // Across UTM zones.
    [InlineData(4284, 32639)]
    public async Task Transform_BetweenProjectedCrss_AgreesWithCs2cs(int fromSrid, int toSrid)
    {
        var input = await Proj.Cs2csAsync("EPSG:4326", Epsg(fromSrid), RegionGrid.Select(p => (p.Lat, p.Lon)));
        var expected = FromEpsgOrder(toSrid, await Proj.Cs2csAsync(Epsg(fromSrid), Epsg(toSrid), input));

        var actual = FromEpsgOrder(fromSrid, input).Select(p => _transformer.Transform(p.X, p.Y, fromSrid, toSrid)).ToArray();

        AssertAgree(toSrid, expected, actual);
    }

    [Theory]
    [MemberData(nameof(DatumTransformationCodes))]
    public async Task Transform_Pulkovo1942AndWgs84_AgreeWithTheEpsgOperationInCct(int epsgCode)
    {
        Assert.True(DatumTransformation.TryFromEpsgCode(epsgCode, out var transformation));
        var transformer = new CoordinateTransformer(transformation);
        var pairs = RegionGrid.Select(p => (p.Lat, p.Lon)).ToArray();

        // cct applies the EPSG operation itself, as PROJ's database defines it, in both directions.
        var forward = FromEpsgOrder(4326, await Proj.CctAsync(Epsg(epsgCode), pairs));
        var inverse = FromEpsgOrder(4284, await Proj.CctAsync(Epsg(epsgCode), pairs, inverse: true));

        AssertAgree(4326, forward, RegionGrid.Select(p => transformer.Transform(p.Lon, p.Lat, 4284, 4326)).ToArray());
        AssertAgree(4284, inverse, RegionGrid.Select(p => transformer.Transform(p.Lon, p.Lat, 4326, 4284)).ToArray());
    }

    [Theory]
    [InlineData(28408, 15865)]
    [InlineData(28409, 15865)]
    [InlineData(28408, 1808)]
    [InlineData(28409, 1808)]
    [InlineData(28408, 1807)]
    public async Task Transform_GaussKrugerAndWgs84_AgreeWithProjPipelineThroughTheSameTransformation(int srid, int epsgCode)
    {
        Assert.True(DatumTransformation.TryFromEpsgCode(epsgCode, out var transformation));
        var transformer = new CoordinateTransformer(transformation);
        var pipeline = await Proj.PipelineAsync(Epsg(srid), "EPSG:4326", transformation.Name);
        var gaussKruger = await Proj.CctAsync(pipeline, RegionGrid.Select(p => (p.Lat, p.Lon)), inverse: true);

        var back = FromEpsgOrder(4326, await Proj.CctAsync(pipeline, gaussKruger));

        var ours = RegionGrid.Select(p => transformer.Transform(p.Lon, p.Lat, 4326, srid)).ToArray();
        AssertAgree(srid, FromEpsgOrder(srid, gaussKruger), ours);
        AssertAgree(4326, back, FromEpsgOrder(srid, gaussKruger).Select(p => transformer.Transform(p.X, p.Y, srid, 4326)).ToArray());
    }

    private static string Epsg(int code) => string.Create(CultureInfo.InvariantCulture, $"EPSG:{code}");

    // PROJ's pairs are in EPSG axis order; ours are X = longitude or easting, Y = latitude or northing.
    private static (double X, double Y)[] FromEpsgOrder(int srid, IEnumerable<(double A, double B)> pairs) =>
        CoordinateReferenceSystem.FromSrid(srid).EpsgAxisOrder == EpsgAxisOrder.EastingNorthing
            ? [.. pairs.Select(p => (p.A, p.B))]
            : [.. pairs.Select(p => (p.B, p.A))];

    private static void AssertAgree(int srid, (double X, double Y)[] expected, (double X, double Y)[] actual)
    {
        var crs = CoordinateReferenceSystem.FromSrid(srid);

        // 1 mm, or 1e-8 degrees (about 1 mm at 40°N).
        var tolerance = crs.IsGeographic ? 1e-8 : 1e-3;
        var worst = expected.Zip(actual, (e, a) => Math.Max(Math.Abs(e.X - a.X), Math.Abs(e.Y - a.Y))).Max();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{crs}: largest difference from PROJ {worst:E2} {(crs.IsGeographic ? "degrees" : "metres")}"));
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.True(Math.Abs(e.X - a.X) <= tolerance && Math.Abs(e.Y - a.Y) <= tolerance,
                string.Create(CultureInfo.InvariantCulture, $"{crs} point {i}: PROJ ({e.X:R} {e.Y:R}), ours ({a.X:R} {a.Y:R})"));
        }
    }
}
