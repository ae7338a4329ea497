using Homeward.Domain.Objects;
using Homeward.Testing;

namespace Homeward.Geo.Tests.Overlay;

public sealed partial class OverlayEngineTests
{
    [Fact]
    public void Compute_RoadThroughHazard_BlockedLengthIsTheStretchInside()
    {
        const string Road = "LINESTRING (46.89 39.91, 46.93 39.91)";
        var engine = Engine(("HA-1", HazardStatus.Open, Hazard));

        var road = engine.ComputeAsset(Asset("R-1", Road));

        var inside = _measure.LengthMetres(Wkt.Read("LINESTRING (46.90 39.91, 46.92 39.91)"));
        var blockage = Assert.Single(road.Blockages);
        Assert.Equal(inside, blockage.BlockedMetres!.Value, inside * 1e-12);
        Assert.Null(blockage.BlockedSquareMetres);
        Assert.Equal(inside / _measure.LengthMetres(Wkt.Read(Road)), road.Share, 1e-12);
        Assert.Equal(_measure.LengthMetres(Wkt.Read(Road)), road.LengthMetres);
    }

    [Fact]
    public void Compute_TrackInsideHazard_WhollyInsideWithItsWholeLength()
    {
        const string Track = "LINESTRING (46.905 39.905, 46.91 39.91, 46.915 39.905)";
        var engine = Engine(("HA-1", HazardStatus.Open, Hazard));

        var track = engine.ComputeAsset(Asset("T-1", Track));

        var blockage = Assert.Single(track.Blockages);
        Assert.True(blockage.WhollyInside);
        Assert.Equal(track.LengthMetres, blockage.BlockedMetres);
        Assert.Equal(1, track.Share);
    }

    [Theory]
    [InlineData("LINESTRING (46.92 39.92, 46.95 39.95)")] // starts at a corner and leads away
    [InlineData("LINESTRING (46.93 39.88, 46.93 39.95)")] // passes by
    public void Compute_RoadTouchingOrMissingHazard_IsNotBlocked(string road)
    {
        var engine = Engine(("HA-1", HazardStatus.Open, Hazard));

        Assert.False(engine.ComputeAsset(Asset("R-1", road)).IsBlocked);
    }

    [Fact]
    public void Compute_RoadAlongHazardEdge_IsBlockedForTheSharedStretch()
    {
        // The edge of a recorded hazard is itself uncertain ground: a road running along it is blocked there.
        var engine = Engine(("HA-1", HazardStatus.Open, Hazard));

        var road = engine.ComputeAsset(Asset("R-1", "LINESTRING (46.92 39.89, 46.92 39.93)"));

        var along = _measure.LengthMetres(Wkt.Read("LINESTRING (46.92 39.90, 46.92 39.92)"));
        Assert.Equal(along, Assert.Single(road.Blockages).BlockedMetres!.Value, along * 1e-12);
    }

    [Fact]
    public void Compute_RoadThroughTwoOverlappingHazards_CountsTheCommonStretchOnce()
    {
        const string Road = "LINESTRING (46.89 39.91, 46.94 39.91)";
        var engine = Engine(
            ("HA-1", HazardStatus.Open, Hazard),
            ("HA-2", HazardStatus.Open, "POLYGON ((46.91 39.89, 46.93 39.89, 46.93 39.92, 46.91 39.92, 46.91 39.89))"));

        var road = engine.ComputeAsset(Asset("R-1", Road));

        var blocked = _measure.LengthMetres(Wkt.Read("LINESTRING (46.90 39.91, 46.93 39.91)"));
        Assert.Equal(2, road.Blockages.Count);
        Assert.Equal(blocked, road.BlockedMetres!.Value, blocked * 1e-12);
    }
}
