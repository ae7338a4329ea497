using System.Globalization;
using System.Text.Json;
using Homeward.Exchange.Assets;
using Homeward.Geo;
using Homeward.Testing;
using NetTopologySuite.Geometries;

namespace Homeward.Cli.Tests.Commands;

/// <summary>
/// The done-when of the overlay: the command's pairs and measures against PostGIS's own functions on the same data, loaded as
/// exact WKB. Pairs must be the same; areas and lengths agree to 1e-9 relative.
/// </summary>
public sealed partial class BlockedCommandTests
{
    private const double RelativeTolerance = 1e-9;

    [Theory]
    [InlineData(null)] // the default, 1 000 m
    [InlineData(5000.0)] // wide enough that many settlements have several blocking hazards
    public async Task Blocked_Settlements_SamePairsAsPostgisDWithinGeography(double? radiusMetres)
    {
        var (hazards, settlements) = await DemoLayersAsync();
        var radius = radiusMetres ?? 1000;
        await using var reference = await PostgisReference.CreateAsync(cluster, $"blocked_settlements_{(int)radius}");
        await reference.LoadAsync("hazards", hazards.Select(h => (h.Code, (string?)h.Status, (int?)null, h.Geometry)));
        await reference.LoadAsync("settlements", settlements.Select(s => (s.Code, (string?)null, s.Population, s.Geometry)));
        string[] arguments = radiusMetres is { } r
            ? ["blocked", "--assets", "settlements", "--radius-metres", r.ToString(CultureInfo.InvariantCulture)]
            : ["blocked", "--assets", "settlements"];

        var ours = await JsonAsync(arguments);

        var expectedRows = await reference.QueryAsync("""
            SELECT s.id AS settlement, h.id AS hazard, ST_Distance(h.geom::geography, s.geom::geography) AS distance,
                   ST_Area(ST_Transform(h.geom, 32638)) AS hazard_m2
            FROM settlements s JOIN hazards h ON ST_DWithin(h.geom::geography, s.geom::geography, @radius)
            WHERE h.status IN ('open', 'inProgress')
            """, ("radius", radius));
        var unions = await reference.QueryAsync("""
            SELECT s.id AS settlement, ST_Area(ST_Transform(ST_Union(h.geom), 32638)) AS m2, MAX(s.population) AS population
            FROM settlements s JOIN hazards h ON ST_DWithin(h.geom::geography, s.geom::geography, @radius)
            WHERE h.status IN ('open', 'inProgress')
            GROUP BY s.id
            """, ("radius", radius));

        var pairs = OurPairs(ours, "distanceMetres");
        var expected = expectedRows.ToDictionary(r => ((string)r["settlement"]!, (string)r["hazard"]!));
        var comparison = new Comparison();

        // A settlement within a centimetre of the radius may fall either side: PostGIS measures to great-circle edges on the
        // sphere and we to straight edges on the ellipsoid. None is expected, and any is named.
        var borderline = expected.Where(e => Math.Abs(Number(e.Value["distance"]) - radius) < 0.01).Select(e => e.Key).ToHashSet();
        Assert.Equal(expected.Keys.Except(borderline).Order(), pairs.Keys.Except(borderline).Order());
        foreach (var (key, pair) in pairs)
        {
            if (!expected.TryGetValue(key, out var row))
            {
                continue;
            }

            comparison.Relative($"hazard area {key}", Number(row["hazard_m2"]), pair.GetProperty("hazardAreaSquareMetres").GetDouble());
            comparison.Absolute($"distance {key}", Number(row["distance"]), pair.GetProperty("distanceMetres").GetDouble(), 0.01);
        }

        var assets = ours.GetProperty("assets").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        foreach (var union in unions)
        {
            var asset = assets[(string)union["settlement"]!];
            comparison.Relative($"blocking hazards' area {union["settlement"]}", Number(union["m2"]), asset.GetProperty("blockingHazardsSquareMetres").GetDouble());
        }

        var blockedPopulation = unions.Sum(u => u["population"] is null ? 0L : Convert.ToInt64(u["population"], CultureInfo.InvariantCulture));
        Assert.Equal(blockedPopulation, ours.GetProperty("peopleKeptFromHome").GetInt64());
        Assert.Equal(unions.Count, ours.GetProperty("blockedAssetCount").GetInt32());
        Assert.NotEmpty(pairs);
        comparison.Report($"settlements within {radius} m: {pairs.Count} pairs, {unions.Count} settlements blocked, {borderline.Count} borderline");
    }

    [Fact]
    public async Task Blocked_ParcelFile_SamePairsAndAreasAsPostgisIntersection()
    {
        var (hazards, _) = await DemoLayersAsync();
        using var folder = new TemporaryFolder();
        var path = await WriteAssetFileAsync(folder, "parcels.geojson", Parcels(hazards.Select(h => h.Geometry)));
        var assets = AssetFile.Read(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Value;
        await using var reference = await PostgisReference.CreateAsync(cluster, "blocked_parcels");
        await reference.LoadAsync("hazards", hazards.Select(h => (h.Code, (string?)h.Status, (int?)null, h.Geometry)));
        await reference.LoadAsync("parcels", assets.Select(a => (a.Id, (string?)null, (int?)null, a.Geometry)));

        var ours = await JsonAsync("blocked", "--assets", path);

        var expectedRows = await reference.QueryAsync("""
            SELECT a.id AS asset, h.id AS hazard, ST_Area(ST_Transform(ST_Intersection(h.geom, a.geom), 32638)) AS m2
            FROM parcels a JOIN hazards h ON ST_Intersects(h.geom, a.geom)
            WHERE h.status IN ('open', 'inProgress')
            """);
        var totals = await reference.QueryAsync("""
            SELECT a.id AS asset, ST_Area(ST_Transform(a.geom, 32638)) AS area,
                   ST_Area(ST_Transform(ST_Intersection(a.geom, ST_Union(h.geom)), 32638)) AS blocked
            FROM parcels a JOIN hazards h ON ST_Intersects(h.geom, a.geom)
            WHERE h.status IN ('open', 'inProgress')
            GROUP BY a.id, a.geom
            """);

        var statistics = ours.GetProperty("statistics");
        CompareOverlaps(ours, expectedRows, totals, "squareMetres", "areaSquareMetres", "blockedSquareMetres",
            $"parcels: {assets.Count} parcels, {statistics}");
        Assert.True(statistics.GetProperty("whollyInsidePairs").GetInt64() > 0);
        Assert.True(statistics.GetProperty("hazardInsidePairs").GetInt64() > 0);
        Assert.True(statistics.GetProperty("overlayPairs").GetInt64() > 0);
    }

    [Fact]
    public async Task Blocked_RoadFile_SamePairsAndLengthsAsPostgisIntersection()
    {
        var (hazards, _) = await DemoLayersAsync();
        using var folder = new TemporaryFolder();
        var path = await WriteAssetFileAsync(folder, "test-roads.geojson", TestRoads(hazards.Select(h => h.Geometry)));
        var assets = AssetFile.Read(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Value;
        await using var reference = await PostgisReference.CreateAsync(cluster, "blocked_roads");
        await reference.LoadAsync("hazards", hazards.Select(h => (h.Code, (string?)h.Status, (int?)null, h.Geometry)));
        await reference.LoadAsync("roads", assets.Select(a => (a.Id, (string?)null, (int?)null, a.Geometry)));

        var ours = await JsonAsync("blocked", "--assets", path);

        var expectedRows = await reference.QueryAsync("""
            SELECT a.id AS asset, h.id AS hazard, ST_Length(ST_Transform(ST_Intersection(h.geom, a.geom), 32638)) AS m2
            FROM roads a JOIN hazards h ON ST_Intersects(h.geom, a.geom)
            WHERE h.status IN ('open', 'inProgress')
            """);
        var totals = await reference.QueryAsync("""
            SELECT a.id AS asset, ST_Length(ST_Transform(a.geom, 32638)) AS area,
                   ST_Length(ST_Transform(ST_Intersection(a.geom, ST_Union(h.geom)), 32638)) AS blocked
            FROM roads a JOIN hazards h ON ST_Intersects(h.geom, a.geom)
            WHERE h.status IN ('open', 'inProgress')
            GROUP BY a.id, a.geom
            """);

        CompareOverlaps(ours, expectedRows, totals, "metres", "lengthMetres", "blockedMetres",
            $"roads: {assets.Count} lines, {ours.GetProperty("statistics")}");
    }

    /// <summary>Our pairs keyed by (asset id, hazard code), with the pair's JSON.</summary>
    private static Dictionary<(string Asset, string Hazard), JsonElement> OurPairs(JsonElement ours, string measure) =>
        ours.GetProperty("assets").EnumerateArray()
            .SelectMany(a => a.GetProperty("hazards").EnumerateArray().Select(h => (Asset: a.GetProperty("id").GetString()!, Hazard: h)))
            .ToDictionary(p => (p.Asset, p.Hazard.GetProperty("code").GetString()!), p => p.Hazard);

    private static void CompareOverlaps(
        JsonElement ours, List<Dictionary<string, object?>> reference, List<Dictionary<string, object?>> totals,
        string pairMeasure, string assetMeasure, string blockedMeasure, string label)
    {
        var pairs = OurPairs(ours, pairMeasure);

        // PostGIS's ST_Intersects also holds for pairs that only touch; a pair blocks when the overlap has area (length).
        var expected = reference.Where(r => Number(r["m2"]) > 0).ToDictionary(r => ((string)r["asset"]!, (string)r["hazard"]!));
        Assert.Equal(expected.Keys.Order(), pairs.Keys.Order());
        var comparison = new Comparison();
        foreach (var (key, row) in expected)
        {
            comparison.Relative($"{pairMeasure} {key}", Number(row["m2"]), pairs[key].GetProperty(pairMeasure).GetDouble());
        }

        var assets = ours.GetProperty("assets").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        foreach (var row in totals.Where(t => Number(t["blocked"]) > 0))
        {
            var asset = assets[(string)row["asset"]!];
            comparison.Relative($"{assetMeasure} {row["asset"]}", Number(row["area"]), asset.GetProperty(assetMeasure).GetDouble());
            comparison.Relative($"{blockedMeasure} {row["asset"]}", Number(row["blocked"]), asset.GetProperty(blockedMeasure).GetDouble());
        }

        Assert.True(expected.Count > 100, $"only {expected.Count} pairs");
        comparison.Report($"{label}; {expected.Count} blocking pairs, {reference.Count - expected.Count} touching only");
    }

    /// <summary>Parcels around every hazard (cleared ones too): a 5 × 5 grid over its envelope, a small square inside, and a
    /// rectangle around it all, so that every path is taken: outside, crossing, wholly inside, hazard inside.</summary>
    private static IEnumerable<(string Id, Geometry Geometry)> Parcels(IEnumerable<Geometry> hazards)
    {
        var factory = GeometryServices.Wgs84;
        var n = 0;
        foreach (var hazard in hazards)
        {
            n++;
            var e = hazard.EnvelopeInternal;
            for (var i = 0; i < 5; i++)
            {
                for (var j = 0; j < 5; j++)
                {
                    var (x, y) = (e.MinX + (e.Width * i / 5), e.MinY + (e.Height * j / 5));
                    yield return ($"P{n}-{i}{j}", factory.ToGeometry(new Envelope(x, x + (e.Width / 5), y, y + (e.Height / 5))));
                }
            }

            var inside = hazard.InteriorPoint.Coordinate;
            var side = Math.Min(e.Width, e.Height) / 100;
            yield return ($"P{n}-in", factory.ToGeometry(new Envelope(inside.X - side, inside.X + side, inside.Y - side, inside.Y + side)));
            var around = new Envelope(e);
            around.ExpandBy(e.Width / 20, e.Height / 20);
            yield return ($"P{n}-around", factory.ToGeometry(around));
        }
    }

    /// <summary>Test lines around every hazard: three zigzags across its envelope and a short line inside it. Test data only:
    /// the product has no road layer.</summary>
    private static IEnumerable<(string Id, Geometry Geometry)> TestRoads(IEnumerable<Geometry> hazards)
    {
        var factory = GeometryServices.Wgs84;
        var n = 0;
        foreach (var hazard in hazards)
        {
            n++;
            var e = hazard.EnvelopeInternal;
            for (var k = 1; k <= 3; k++)
            {
                var y = e.MinY + (e.Height * k / 4);
                var points = Enumerable.Range(0, 9)
                    .Select(i => new Coordinate(e.MinX - (e.Width / 10) + (e.Width * 1.2 * i / 8), y + ((i % 2 == 0 ? 1 : -1) * e.Height / 20)))
                    .ToArray();
                yield return ($"R{n}-{k}", factory.CreateLineString(points));
            }

            var inside = hazard.InteriorPoint.Coordinate;
            var half = Math.Min(e.Width, e.Height) / 200;
            yield return ($"R{n}-in", factory.CreateLineString([new(inside.X - half, inside.Y), new(inside.X + half, inside.Y + half)]));
        }
    }

    /// <summary>Collects differences against PostGIS, reports the largest, and fails naming every one beyond tolerance.</summary>
    private sealed class Comparison
    {
        private readonly List<string> _failures = [];
        private double _maxRelative;
        private double _maxAbsolute;
        private int _count;

        public void Relative(string what, double expected, double actual)
        {
            _count++;
            // Below 1 m² (or 1 m) the relative test turns into an absolute one of 1e-9 m² (m): a sliver's area is then at the
            // resolution of UTM coordinates themselves (the spacing of doubles near a 4 400 000 m northing is 1e-9 m).
            var relative = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1);
            _maxRelative = Math.Max(_maxRelative, relative);
            if (relative > RelativeTolerance)
            {
                _failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: ours {actual:R}, PostGIS {expected:R}, relative difference {relative:E2}"));
            }
        }

        public void Absolute(string what, double expected, double actual, double tolerance)
        {
            var difference = Math.Abs(actual - expected);
            _maxAbsolute = Math.Max(_maxAbsolute, difference);
            if (difference > tolerance)
            {
                _failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: ours {actual:R}, PostGIS {expected:R}, difference {difference:E2}"));
            }
        }

        public void Report(string label)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {_count} measures compared, largest relative difference {_maxRelative:E2} (absolute below 1 m² or 1 m), largest distance difference {_maxAbsolute:E2} m"));
            Assert.True(_failures.Count == 0, $"{_failures.Count} of {_count} beyond tolerance:{Environment.NewLine}{string.Join(Environment.NewLine, _failures)}");
        }
    }
}
