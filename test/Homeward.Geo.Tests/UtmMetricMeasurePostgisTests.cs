using System.Globalization;
using Homeward.Testing;
using Npgsql;

namespace Homeward.Geo.Tests;

/// <summary>Areas and lengths in metres against PostGIS: its UTM 38N measures to 1e-9 relative, its ellipsoid (geography) within 0.1 %.</summary>
public sealed class UtmMetricMeasurePostgisTests(PostgisFixture postgis)
{
    // Hazard-like shapes across the region: small and large, west and east of the zone's central meridian, a multipolygon
    // with a hole, and a road.
    public static TheoryData<string> Shapes =>
    [
        "POLYGON ((46.90 39.95, 46.91 39.95, 46.91 39.96, 46.90 39.95))",
        "POLYGON ((45.10 39.20, 45.60 39.25, 45.55 39.70, 45.05 39.60, 45.10 39.20))",
        "POLYGON ((47.30 40.20, 47.45 40.22, 47.40 40.35, 47.28 40.30, 47.30 40.20), (47.34 40.25, 47.38 40.25, 47.37 40.29, 47.34 40.25))",
        "MULTIPOLYGON (((46.50 39.50, 46.5004 39.50, 46.5004 39.5003, 46.50 39.50)), ((46.70 39.70, 46.80 39.70, 46.75 39.78, 46.70 39.70)))",
        "LINESTRING (46.40 39.60, 46.55 39.71, 46.72 39.69, 46.93 39.99)",
    ];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Measures_Shape_AgreeWithPostgis(string wkt)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var cluster = await postgis.GetAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT ST_Area(ST_Transform(g, 32638)), ST_Length(ST_Transform(g, 32638)), ST_Area(g::geography), ST_Length(g::geography)
            FROM (SELECT ST_GeomFromText(@wkt, 4326) AS g) s
            """, connection);
        command.Parameters.AddWithValue("wkt", wkt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (utmArea, utmLength, ellipsoidArea, ellipsoidLength) = (reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
        var geometry = Wkt.Read(wkt);

        var area = _measure.AreaSquareMetres(geometry);
        var length = _measure.LengthMetres(geometry);

        AssertRelative(utmArea, area, 1e-9, "area against ST_Area(ST_Transform(g, 32638))");
        if (geometry.Dimension == NetTopologySuite.Geometries.Dimension.Curve)
        {
            AssertRelative(utmLength, length, 1e-9, "length against ST_Length(ST_Transform(g, 32638))");
            AssertRelative(ellipsoidLength, length, 1e-3, "length against ST_Length(g::geography)");
        }
        else
        {
            AssertRelative(ellipsoidArea, area, 1e-3, "area against ST_Area(g::geography)");
        }
    }

    private readonly UtmMetricMeasure _measure = new(38, north: true);

    private static void AssertRelative(double expected, double actual, double tolerance, string what)
    {
        // A line has no area: then both must say exactly 0.
        var relative = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(relative <= tolerance, string.Create(CultureInfo.InvariantCulture,
            $"{what}: PostGIS {expected:R}, Homeward {actual:R}, relative difference {relative:E2} > {tolerance:E0}"));
    }
}
