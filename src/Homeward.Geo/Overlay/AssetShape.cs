namespace Homeward.Geo.Overlay;

/// <summary>What an asset's geometry is, which decides how a hazard blocking it is measured.</summary>
public enum AssetShape
{
    /// <summary>A point or multipoint (settlement, household, well): blocked by containment, or within a radius.</summary>
    Point,

    /// <summary>A linestring or multilinestring (road, track, pipeline): blocked length in metres.</summary>
    Line,

    /// <summary>A polygon or multipolygon (field, parcel, project site): blocked area in square metres.</summary>
    Polygon,
}
