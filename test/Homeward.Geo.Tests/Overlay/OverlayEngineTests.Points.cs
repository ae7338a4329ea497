using Homeward.Domain.Objects;
using Homeward.Geo.Overlay;
using Homeward.Testing;

namespace Homeward.Geo.Tests.Overlay;

public sealed partial class OverlayEngineTests
{
    [Theory]
    [InlineData("POINT (46.91 39.91)", 0.0, true)] // inside
    [InlineData("POINT (46.92 39.91)", 0.0, true)] // on the edge
    [InlineData("POINT (46.925 39.91)", 0.0, false)] // 427 m east, containment only
    [InlineData("POINT (46.925 39.91)", 1000.0, true)] // 427 m east, within 1 km
    [InlineData("POINT (46.94 39.91)", 1000.0, false)] // 1.7 km east
    public void Compute_Point_BlockedByContainmentOrWithinRadius(string wkt, double radiusMetres, bool blocked)
    {
        var engine = Engine(("HA-1", HazardStatus.Open, Hazard));

        var point = engine.ComputeAsset(Asset("S-1", wkt), new OverlayParameters(radiusMetres));

        Assert.Equal(blocked, point.IsBlocked);
        Assert.Equal(blocked ? 1 : 0, point.Share);
    }

    [Fact]
    public void Compute_PointEastOfHazard_DistanceOnTheEllipsoid()
    {
        var engine = Engine(("HA-1", HazardStatus.Open, Hazard));

        var point = engine.ComputeAsset(Asset("S-1", "POINT (46.925 39.91)"), OverlayParameters.Settlements);

        // 0.005° of longitude along 39.91° N on the WGS 84 ellipsoid: N·cos φ·Δλ = 427.53 m.
        Assert.Equal(427.53, Assert.Single(point.Blockages).DistanceMetres!.Value, 0.01);
        Assert.Equal(_measure.AreaSquareMetres(Wkt.Read(Hazard)), point.BlockingHazardsSquareMetres);
    }

    [Fact]
    public void Compute_SettlementNearThreeHazards_PopulationSplitEvenlyWithRemainderToTheNearest()
    {
        var engine = Engine(
            ("HA-NEAR", HazardStatus.Open, Hazard),
            ("HA-MID", HazardStatus.Open, "POLYGON ((46.93 39.90, 46.94 39.90, 46.94 39.92, 46.93 39.92, 46.93 39.90))"),
            ("HA-FAR", HazardStatus.Open, "POLYGON ((46.9225 39.9225, 46.93 39.9225, 46.93 39.93, 46.9225 39.93, 46.9225 39.9225))"),
            ("HA-ALONE", HazardStatus.Open, "POLYGON ((47.10 40.10, 47.11 40.10, 47.11 40.11, 47.10 40.11, 47.10 40.10))"));
        OverlayAsset[] settlements =
        [
            Asset("S-1", "POINT (46.9225 39.915)", population: 11), // 213 m from HA-NEAR, 641 m from HA-MID, 833 m from HA-FAR
            Asset("S-2", "POINT (47.105 40.105)", population: 40), // inside HA-ALONE only
            Asset("S-3", "POINT (47.1 40.1)"), // population unknown, on HA-ALONE's corner
        ];

        var result = Run(engine, settlements, OverlayParameters.Settlements);

        var hazards = result.Hazards.ToDictionary(h => h.Hazard.Code);
        Assert.Equal(["HA-NEAR", "HA-MID", "HA-FAR"], result.Assets.Single(a => a.Asset.Id == "S-1").Blockages.Select(b => b.HazardCode));
        Assert.Equal(4, hazards["HA-NEAR"].PeopleKeptFromHome);
        Assert.Equal(4, hazards["HA-MID"].PeopleKeptFromHome);
        Assert.Equal(3, hazards["HA-FAR"].PeopleKeptFromHome);
        Assert.Equal(11, hazards["HA-FAR"].PopulationNearby);
        Assert.Equal(0, hazards["HA-NEAR"].PeopleFreedIfCleared);
        Assert.Equal(40, hazards["HA-ALONE"].PeopleKeptFromHome);
        Assert.Equal(40, hazards["HA-ALONE"].PeopleFreedIfCleared);
        Assert.Equal(1, hazards["HA-ALONE"].PointsWithUnknownPopulation);
        Assert.Equal(51, result.PeopleKeptFromHome);
        Assert.Equal(["S-2", "S-1", "S-3"], result.Assets.Select(a => a.Asset.Id));
    }
}
