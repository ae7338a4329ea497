using Homeward.Domain.Objects;
using Homeward.Geo.Overlay;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.Tests.Overlay;

public sealed partial class OverlayEngineTests
{
    [Fact]
    public void Compute_HazardWithTwelveThousandVertices_SubdividedGivesTheSameAnswerAsWhole()
    {
        var hazard = new OverlayHazard(Guid.NewGuid(), "HA-BIG", HazardStatus.Open, Wobbly(12_000));
        var subdivided = new OverlayEngine([hazard]);
        var whole = new OverlayEngine([hazard], new OverlayEngineOptions(SubdivideAboveVertices: int.MaxValue));
        var parcels = Grid(46.895, 39.895, 0.0015, 24).ToList();

        var cut = Run(subdivided, parcels);
        var uncut = Run(whole, parcels);

        Assert.True(subdivided.IndexEntryCount > 50, $"{subdivided.IndexEntryCount} index entries");
        Assert.Equal(1, whole.IndexEntryCount);
        Assert.Equal(uncut.Assets.Select(a => a.Asset.Id), cut.Assets.Select(a => a.Asset.Id));
        foreach (var (c, u) in cut.Assets.Zip(uncut.Assets))
        {
            Assert.Equal(u.Blockages.Select(b => b.HazardCode), c.Blockages.Select(b => b.HazardCode));
            Assert.Equal(u.BlockedSquareMetres!.Value, c.BlockedSquareMetres!.Value, Math.Max(u.BlockedSquareMetres.Value, 1) * 1e-12);
        }

        Assert.True(cut.BlockedAssetCount > 200, $"{cut.BlockedAssetCount} blocked");
        Assert.True(cut.Statistics.InsideCellPairs > 20, $"{cut.Statistics}");
        Assert.Equal(0, uncut.Statistics.InsideCellPairs);
        Assert.True(cut.Statistics.CandidatePairs < uncut.Statistics.CandidatePairs, $"{cut.Statistics} against {uncut.Statistics}");
        Assert.Equal(whole.HazardAreaSquareMetres("HA-BIG"), subdivided.HazardAreaSquareMetres("HA-BIG"));
    }

    /// <summary>A star-shaped polygon around (46.91, 39.91) with a wobbling radius, so that parcels cross its edge everywhere.</summary>
    private static Polygon Wobbly(int vertices)
    {
        var ring = new Coordinate[vertices + 1];
        for (var i = 0; i < vertices; i++)
        {
            var angle = 2 * Math.PI * i / vertices;
            var radius = 0.013 * (1 + (0.15 * Math.Sin(37 * angle)) + (0.05 * Math.Sin(611 * angle)));
            ring[i] = new Coordinate(46.91 + (radius * Math.Cos(angle)), 39.91 + (radius * Math.Sin(angle)));
        }

        ring[vertices] = ring[0].Copy();
        return GeometryServices.Wgs84.CreatePolygon(ring);
    }
}
