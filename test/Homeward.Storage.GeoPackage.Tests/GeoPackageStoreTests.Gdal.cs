using System.Globalization;
using System.Text.RegularExpressions;
using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Testing;
using NetTopologySuite.Geometries;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Storage.GeoPackage.Tests;

/// <summary>The file as GDAL sees it: what QGIS, ogr2ogr and GeoPandas will read.</summary>
public sealed partial class GeoPackageStoreTests
{
    // An 8 × 8 grid of 0.006° hazards 0.01° apart, so that query boxes can be drawn in the gaps, far from any edge.
    private const double GridX = 46.90;
    private const double GridY = 40.00;
    private const double Cell = 0.01;

    [Fact]
    public async Task Ogrinfo_HazardousAreas_ReadsAMultiPolygonLayerInWgs84WithTheCurrentFeatures()
    {
        using var file = new TempGeoPackage();
        var hazards = await WriteGridAsync(file);
        await using (var store = await file.OpenAsync())
        {
            await store.CommitOrFailAsync(Approve(T0.AddDays(1), Withdraw(hazards[0], 1), Update(hazards[1] with { Priority = 1 }, 1)));
        }

        var (exitCode, output, error) = await GdalTools.RunAsync(GdalTools.Ogrinfo, "-so", file.FilePath, "hazardous_areas");
        var (listCode, layers, _) = await GdalTools.RunAsync(GdalTools.Ogrinfo, "-q", file.FilePath);

        Assert.True(exitCode == 0, error);
        Assert.DoesNotContain("ERROR", error, StringComparison.Ordinal);
        Assert.Contains("Geometry: Multi Polygon", output, StringComparison.Ordinal);
        Assert.Contains($"Feature Count: {hazards.Count - 1}", output, StringComparison.Ordinal);
        Assert.Contains("WGS 84", output, StringComparison.Ordinal);
        Assert.Contains("4326", output, StringComparison.Ordinal);
        Assert.Contains("FID Column = fid", output, StringComparison.Ordinal);
        Assert.Contains("Geometry Column = geom", output, StringComparison.Ordinal);
        Assert.Contains("name: String", output, StringComparison.Ordinal);
        Assert.Contains("benchmark_lon: Real", output, StringComparison.Ordinal);
        Assert.Contains("priority: Integer", output, StringComparison.Ordinal);
        Assert.Equal(0, listCode);
        Assert.Contains("hazardous_areas (Multi Polygon)", layers, StringComparison.Ordinal);
        Assert.Contains("settlements (Point)", layers, StringComparison.Ordinal);
        Assert.Contains("organisations (None)", layers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateGpkg_FileWithEveryKindAndHistory_Passes()
    {
        using var file = new TempGeoPackage();
        await using (var store = await file.OpenAsync())
        {
            var objects = Enum.GetValues<ObjectKind>().Select(k => SampleObjects.Create(k)).ToList();
            await store.CommitOrFailAsync(Approve(T0, [.. objects.Select(Create)]));
            await store.CommitOrFailAsync(Approve(T0.AddDays(1),
                Update(objects[(int)ObjectKind.HazardousArea] with { IsSynthetic = true }, 1),
                Withdraw(objects[(int)ObjectKind.Team], 1)));
            await store.CommitOrFailAsync(Approve(T0.AddDays(2), Create(SampleObjects.Create(ObjectKind.Settlement, 2) with
            {
                Geometry = SampleObjects.Geometry("POINT EMPTY"),
            })));
        }

        var (exitCode, output, error) = await GdalTools.RunAsync(GdalTools.Python,
            "-m", "osgeo_utils.samples.validate_gpkg", "--extra", "--warning-as-error", "-k", file.FilePath);

        Assert.True(exitCode == 0, $"validate_gpkg failed:{Environment.NewLine}{output}{error}");
    }

    [Fact]
    public async Task SpatialQueries_ThroughTheRtree_ReturnExactlyWhatBruteForceFinds()
    {
        using var file = new TempGeoPackage();
        var hazards = await WriteGridAsync(file);

        // From inside cell (2, 2) to the gap after cell (5, 5): the corner cuts the bounding box of the triangle in cell
        // (2, 2) but not the triangle, so the exact answer and the bounding-box answer differ by that one hazard.
        var box = new Envelope(
            GridX + (2 * Cell) + 0.004, GridX + (5 * Cell) + 0.008, GridY + (2 * Cell) + 0.004, GridY + (5 * Cell) + 0.008);
        var rectangle = hazards[0].Geometry!.Factory.ToGeometry(box);
        var byEnvelope = CodesOf(hazards.Where(h => h.Geometry!.EnvelopeInternal.Intersects(box)));
        var byGeometry = CodesOf(hazards.Where(h => h.Geometry!.Intersects(rectangle)));
        Assert.Equal(byEnvelope.Count - 1, byGeometry.Count);

        await using var store = await file.OpenAsync();
        var fromStore = await store.QueryEnvelopeAsync(ObjectKind.HazardousArea, box, Ct);
        var (spatCode, spatOutput, spatError) = await GdalTools.RunAsync(GdalTools.Ogrinfo, "-q", file.FilePath, "hazardous_areas",
            "-spat", Text(box.MinX), Text(box.MinY), Text(box.MaxX), Text(box.MaxY));
        var (sqlCode, sqlOutput, sqlError) = await GdalTools.RunAsync(GdalTools.Ogrinfo, "-q", file.FilePath, "-sql",
            "SELECT l.code AS code FROM rtree_hazardous_areas_geom r JOIN hazardous_areas l ON l.fid = r.id " +
            $"WHERE r.minx <= {Text(box.MaxX)} AND r.maxx >= {Text(box.MinX)} " +
            $"AND r.miny <= {Text(box.MaxY)} AND r.maxy >= {Text(box.MinY)}");

        Assert.Equal(byEnvelope, fromStore.Select(s => s.State.Code));
        Assert.True(spatCode == 0, spatError);
        Assert.Equal(byGeometry, CodesIn(spatOutput));
        Assert.True(sqlCode == 0, sqlError);
        Assert.Equal(byEnvelope, CodesIn(sqlOutput));
    }

    private static async Task<List<HazardousArea>> WriteGridAsync(TempGeoPackage file)
    {
        var hazards = new List<HazardousArea>();
        for (var i = 0; i < 8; i++)
        {
            for (var j = 0; j < 8; j++)
            {
                var (x, y) = (GridX + (i * Cell), GridY + (j * Cell));
                var wkt = ((i + j) % 3) switch
                {
                    0 => $"POLYGON ({Ring((x, y), (x + 0.006, y), (x + 0.006, y + 0.006), (x, y + 0.006))})",

                    // The lower-left half of the cell: its bounding box is the cell, its upper-right corner is empty.
                    1 => $"POLYGON ({Ring((x, y), (x + 0.006, y), (x, y + 0.006))})",
                    _ => $"MULTIPOLYGON (({Ring((x, y), (x + 0.002, y), (x + 0.002, y + 0.006))}), " +
                        $"({Ring((x + 0.0045, y), (x + 0.006, y), (x + 0.006, y + 0.006))}))",
                };
                hazards.Add(SampleObjects.Hazard((i * 8) + j + 1, wkt));
            }
        }

        await using var store = await file.OpenAsync();
        await store.CommitOrFailAsync(Approve(T0, [.. hazards.Select(Create)]));
        return hazards;
    }

    private static List<string> CodesIn(string ogrinfoOutput) =>
        [.. Regex.Matches(ogrinfoOutput, @"^\s+code \(String\) = (\S+)\s*$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal)];

    private static List<string> CodesOf(IEnumerable<HazardousArea> hazards) =>
        [.. hazards.Select(h => h.Code).Order(StringComparer.Ordinal)];

    // A closed ring in WKT.
    private static string Ring(params (double X, double Y)[] points) =>
        "(" + string.Join(", ", points.Append(points[0]).Select(p => $"{Text(p.X)} {Text(p.Y)}")) + ")";

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
