using Homeward.Demo.Generation;
using Homeward.Domain.Validation;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Demo.Tests.Generation;

public sealed class HazardSlicerTests
{
    private static readonly WKTReader Reader = new(GeometryServices.Instance);

    public static TheoryData<string, int, bool> Polygons => new()
    {
        // A square cut into five bands each way.
        { "POLYGON ((46.90 39.80, 46.91 39.80, 46.91 39.81, 46.90 39.81, 46.90 39.80))", 5, false },
        { "POLYGON ((46.90 39.80, 46.91 39.80, 46.91 39.81, 46.90 39.81, 46.90 39.80))", 5, true },
        // A U shape: bands across the opening cut it into two parts, so pieces are multipolygons.
        { "POLYGON ((46.90 39.80, 46.93 39.80, 46.93 39.83, 46.92 39.83, 46.92 39.81, 46.91 39.81, 46.91 39.83, 46.90 39.83, 46.90 39.80))", 8, false },
        // A polygon with a hole.
        { "POLYGON ((46.90 39.80, 46.94 39.80, 46.94 39.84, 46.90 39.84, 46.90 39.80), (46.91 39.81, 46.93 39.81, 46.93 39.83, 46.91 39.83, 46.91 39.81))", 12, true },
        // One piece only.
        { "POLYGON ((46.90 39.80, 46.91 39.80, 46.905 39.81, 46.90 39.80))", 1, false },
    };

    [Theory]
    [MemberData(nameof(Polygons))]
    public void Slice_Polygon_PiecesAreValidInsideDisjointAndCoverIt(string wkt, int count, bool vertical)
    {
        var hazard = Reader.Read(wkt);

        var pieces = HazardSlicer.Slice(hazard, count, vertical, new Random(1));

        AssertPartition(hazard, pieces);
        Assert.InRange(pieces.Count, 1, count);
    }

    [Fact]
    public void Slice_GeneratedHazards_PiecesAreValidInsideDisjointAndCoverThem()
    {
        var random = new Random(2020);
        for (var i = 0; i < 100; i++)
        {
            var area = i < 5 ? 40e6 : 10_000 + (random.NextDouble() * 5e6);
            var (hazard, _) = HazardShape.Create(random, new Coordinate(47.0, 39.6), area);

            var pieces = HazardSlicer.Slice(hazard, random.Next(1, 40), random.NextDouble() < 0.5, random);

            AssertPartition(hazard, pieces);
        }
    }

    [Fact]
    public void Slice_SameSeed_SamePieces()
    {
        var (hazard, _) = HazardShape.Create(new Random(3), new Coordinate(47.0, 39.6), 2e6);

        var first = HazardSlicer.Slice(hazard, 20, vertical: false, new Random(9));
        var second = HazardSlicer.Slice(hazard, 20, vertical: false, new Random(9));

        Assert.Equal(first.Count, second.Count);
        Assert.All(first.Zip(second), p => Assert.True(p.First.EqualsExact(p.Second), p.First.AsText()));
    }

    private static void AssertPartition(Geometry hazard, IReadOnlyList<Geometry> pieces)
    {
        var measure = UtmMetricMeasure.Karabakh;
        var hazardArea = measure.AreaSquareMetres(hazard);
        foreach (var piece in pieces)
        {
            Assert.True(piece.IsValid, piece.AsText());
            Assert.True(piece is Polygon or MultiPolygon, piece.GeometryType);
            var protrusion = measure.Protrusion(piece, hazard);
            Assert.True(protrusion.DistanceMetres <= 0.001, $"{protrusion} {piece.AsText()} {hazard.AsText()}");
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            for (var j = i + 1; j < pieces.Count; j++)
            {
                Assert.True(measure.AreaSquareMetres(pieces[i].Intersection(pieces[j])) < 1e-3, $"pieces {i} and {j} overlap");
            }
        }

        // Nothing of the hazard is lost, and the pieces never add up to more than the released-area invariant allows.
        // (They add up exactly in degrees; in UTM a point cut into an edge lies off the edge's chord by the edge's sagitta.)
        var tolerance = InvariantOptions.Default.ReleasedAreaExcessToleranceRatio;
        var sum = pieces.Sum(measure.AreaSquareMetres);
        Assert.InRange(sum, hazardArea * (1 - tolerance), hazardArea * (1 + tolerance));
    }
}
