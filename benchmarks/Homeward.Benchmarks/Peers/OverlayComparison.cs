using System.Diagnostics;
using System.Globalization;
using Homeward.Domain.Objects;
using Homeward.Geo.Overlay;
using NetTopologySuite.Geometries;

namespace Homeward.Benchmarks.Peers;

/// <summary>
/// B1–B4 of performance-reference §6b: Homeward's <see cref="OverlayEngine"/> against PostGIS (and GeoPandas for B1–B3)
/// on the same layers. Each workload first checks that the answers agree (pairs exactly; m² and m to 1e-9 relative),
/// then reports the median of alternating runs. The engine's index is built before the clock starts, as PostGIS's
/// GiST index and table load are; both build times are reported apart.
/// </summary>
internal sealed class OverlayComparison(string work, int pairs, bool withGeoPandas, PostgisPeer postgis, TextWriter report)
{
    private const double RelativeTolerance = 1e-9;

    public async Task<int> RunAsync(string workload, int size)
    {
        var random = new Random(2020 + int.Parse(workload.AsSpan(1), CultureInfo.InvariantCulture));
        return workload switch
        {
            "B1" => await PointsInPolygonsAsync(random, size),
            "B2" => await PolygonOverlayAsync(random, size),
            "B3" => await LinesAsync(random, size),
            "B4" => await LargePolygonAsync(random, size),
            _ => throw new ArgumentOutOfRangeException(nameof(workload), workload, "B1, B2, B3 or B4"),
        };
    }

    private async Task<int> PointsInPolygonsAsync(Random random, int points)
    {
        // 2,000 hazards: half 64-gons, 45 % 1,000-gons, 5 % 10,000-gons.
        var hazards = OverlayData.Hazards(random, 2_000, i => (i % 20) switch { < 10 => 64, < 19 => 1_000, _ => 10_000 });
        var assets = OverlayData.Points(random, points);
        await LoadAsync(hazards, assets);
        var sql = "SELECT count(*), 0::float8 FROM assets a JOIN hazards h ON ST_Contains(h.geom, a.geom)";
        return await CompareAsync("B1 point-in-polygon join", $"{points:N0} points × 2,000 hazards", hazards, assets, OverlayParameters.Containment,
            sql, "B1", points, "points", null);
    }

    private async Task<int> PolygonOverlayAsync(Random random, int rectangles)
    {
        var hazards = OverlayData.Hazards(random, 1_000, _ => 200);
        var assets = OverlayData.Rectangles(random, rectangles, hazards);
        await LoadAsync(hazards, assets);
        const string Sql = """
            SELECT count(*) FILTER (WHERE m2 > 0), sum(m2) FROM (
              SELECT ST_Area(ST_Transform(ST_Intersection(h.geom, a.geom), 32638)) AS m2
              FROM assets a JOIN hazards h ON ST_Intersects(h.geom, a.geom)) s
            """;
        return await CompareAsync("B2 overlay with areas", $"{rectangles:N0} rectangles × 1,000 hazards of 200 vertices", hazards, assets,
            OverlayParameters.Containment, Sql, "B2", rectangles, "rectangles", b => b.BlockedSquareMetres);
    }

    private async Task<int> LinesAsync(Random random, int lines)
    {
        var hazards = OverlayData.Hazards(random, 1_000, _ => 200);
        var assets = OverlayData.Lines(random, lines);
        await LoadAsync(hazards, assets);
        const string Sql = """
            SELECT count(*) FILTER (WHERE m > 0), sum(m) FROM (
              SELECT ST_Length(ST_Transform(ST_Intersection(h.geom, a.geom), 32638)) AS m
              FROM assets a JOIN hazards h ON ST_Intersects(h.geom, a.geom)) s
            """;
        return await CompareAsync("B3 roads in hazards", $"{lines:N0} roads × 1,000 hazards", hazards, assets, OverlayParameters.Containment,
            Sql, "B3", lines, "roads", b => b.BlockedMetres);
    }

    private async Task<int> LargePolygonAsync(Random random, int points)
    {
        var big = OverlayData.SmoothOutline(random, new Coordinate(46.6, 39.8), 50_000, 0.08);
        var assets = OverlayData.Points(random, points, big.EnvelopeInternal);
        await LoadAsync([big], assets);
        await postgis.ExecuteAsync("""
            DROP TABLE IF EXISTS hazards_sub;
            CREATE TABLE hazards_sub AS SELECT id, ST_Subdivide(geom, 256) AS geom FROM hazards;
            CREATE INDEX ON hazards_sub USING gist (geom); ANALYZE hazards_sub;
            """);
        const string Whole = "SELECT count(*), 0::float8 FROM assets a JOIN hazards h ON ST_Contains(h.geom, a.geom)";
        const string Subdivided = "SELECT count(DISTINCT a.id), 0::float8 FROM assets a JOIN hazards_sub h ON ST_Contains(h.geom, a.geom)";
        var failures = await CompareAsync("B4 one 50,000-vertex hazard, subdivided", $"{points:N0} points", [big], assets,
            OverlayParameters.Containment, Subdivided, null, points, "points", null);
        failures += await CompareAsync("B4 the same hazard, not subdivided", $"{points:N0} points", [big], assets,
            OverlayParameters.Containment, Whole, null, points, "points", null, new OverlayEngineOptions(SubdivideAboveVertices: int.MaxValue));
        return failures;
    }

    private async Task LoadAsync(IReadOnlyList<Polygon> hazards, IReadOnlyList<Geometry> assets)
    {
        var stopwatch = Stopwatch.StartNew();
        await postgis.LoadAsync("hazards", hazards);
        await postgis.LoadAsync("assets", assets);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  PostGIS load and GiST index: {stopwatch.Elapsed.TotalSeconds:0.00} s"));
        if (withGeoPandas)
        {
            OverlayData.WriteHexWkb(Path.Combine(work, "hazards.wkb"), hazards);
            OverlayData.WriteHexWkb(Path.Combine(work, "assets.wkb"), assets);
        }
    }

    private async Task<int> CompareAsync(string title, string size, IReadOnlyList<Polygon> hazards, IReadOnlyList<Geometry> assetGeometries,
        OverlayParameters parameters, string sql, string? geoPandasWorkload, double units, string unitName, Func<Blockage, double?>? measureOf,
        OverlayEngineOptions? options = null)
    {
        report.WriteLine($"{title}: {size}");
        var build = Stopwatch.StartNew();
        var engine = new OverlayEngine(
            hazards.Select((h, i) => new OverlayHazard(Guid.NewGuid(), $"H{i}", HazardStatus.Open, h)), options);
        build.Stop();
        var assets = assetGeometries.Select((g, i) => new OverlayAsset($"a{i}", string.Empty, g)).ToArray();
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Homeward engine build (index, projection, subdivision): {build.Elapsed.TotalSeconds:0.00} s"));

        var ours = new List<double>();
        var pg = new List<double>();
        var gp = new List<double>();
        (long Pairs, double Measure) ourAnswer = default, pgAnswer = default, gpAnswer = default;
        for (var pair = -1; pair < pairs; pair++)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = engine.Compute(assets, parameters, degreeOfParallelism: 2);
            stopwatch.Stop();
            var blockages = result.Assets.SelectMany(a => a.Blockages).ToList();
            ourAnswer = measureOf is null
                ? (blockages.Count, 0)
                : (blockages.Count(b => measureOf(b) > 0), blockages.Sum(b => measureOf(b) ?? 0));
            var (pgSeconds, pgPairs, pgMeasure) = await postgis.TimeAsync(sql);
            pgAnswer = (pgPairs, pgMeasure);
            double? gpSeconds = null;
            if (withGeoPandas && geoPandasWorkload is not null)
            {
                var line = PeerScripts.RunPythonLines("overlay_geopandas.py",
                    [geoPandasWorkload, Path.Combine(work, "hazards.wkb"), Path.Combine(work, "assets.wkb"), "1"]).Single().Split(' ');
                gpSeconds = double.Parse(line[0], CultureInfo.InvariantCulture);
                gpAnswer = (long.Parse(line[1], CultureInfo.InvariantCulture), double.Parse(line[2], CultureInfo.InvariantCulture));
            }

            if (pair >= 0)
            {
                ours.Add(stopwatch.Elapsed.TotalSeconds);
                pg.Add(pgSeconds);
                if (gpSeconds is { } s)
                {
                    gp.Add(s);
                }
            }
        }

        var failures = Check("PostGIS", ourAnswer, pgAnswer, measureOf is not null);
        report.WriteLine("  " + new PairedTiming(ours, pg).Describe("Homeward vs PostGIS", "PostGIS", units, unitName));
        if (gp.Count > 0)
        {
            failures += Check("GeoPandas", ourAnswer, gpAnswer, measureOf is not null);
            report.WriteLine("  " + new PairedTiming(ours, gp).Describe("Homeward vs GeoPandas", "GeoPandas", units, unitName));
        }

        return failures;
    }

    private int Check(string peer, (long Pairs, double Measure) ours, (long Pairs, double Measure) theirs, bool hasMeasure)
    {
        var relative = theirs.Measure == 0 ? Math.Abs(ours.Measure) : Math.Abs(ours.Measure - theirs.Measure) / Math.Abs(theirs.Measure);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  answer: Homeward {ours.Pairs:N0} pairs{(hasMeasure ? $", Σ {ours.Measure:N3}" : string.Empty)}; {peer} {theirs.Pairs:N0} pairs{(hasMeasure ? $", Σ {theirs.Measure:N3}; relative difference {relative:E2}" : string.Empty)}"));
        if (ours.Pairs != theirs.Pairs || (hasMeasure && relative > RelativeTolerance))
        {
            report.WriteLine($"  FAILED: the answer disagrees with {peer}; the speed below does not count.");
            return 1;
        }

        return 0;
    }
}
