namespace Homeward.Domain.Validation;

/// <summary>What is wrong with a geometry that entered Homeward (see <see cref="GeometryValidationError"/>).</summary>
public enum GeometryErrorKind
{
    /// <summary>The kind of object needs a geometry and none was given.</summary>
    Missing,

    /// <summary>The geometry has the wrong shape for the kind of object (a point for a hazardous area, say).</summary>
    WrongShape,

    /// <summary>The geometry declares a reference system other than EPSG:4326.</summary>
    WrongSrid,

    /// <summary>A coordinate is not a longitude and latitude in degrees (outside −180 to 180, −90 to 90, or not a number): projected metres, usually.</summary>
    NotDegrees,

    /// <summary>Invalid: the boundary of a polygon crosses itself or another ring (a bow-tie).</summary>
    SelfIntersection,

    /// <summary>Invalid: a ring touches itself at a point.</summary>
    RingSelfIntersection,

    /// <summary>Invalid: a ring does not end where it starts.</summary>
    RingNotClosed,

    /// <summary>Invalid: a ring or line has too few distinct points to enclose or span anything.</summary>
    TooFewPoints,

    /// <summary>Invalid: a hole lies outside its polygon's outer ring.</summary>
    HoleOutsideShell,

    /// <summary>Invalid: a hole lies inside another hole.</summary>
    NestedHoles,

    /// <summary>Invalid: the holes cut the polygon's interior into parts.</summary>
    DisconnectedInterior,

    /// <summary>Invalid: a part of a multipolygon lies inside another part.</summary>
    NestedShells,

    /// <summary>Invalid: two rings are the same.</summary>
    DuplicateRings,

    /// <summary>Invalid: a coordinate is not a finite number.</summary>
    InvalidCoordinate,

    /// <summary>Invalid for another reason the topology check gives.</summary>
    Invalid,

    /// <summary>Longitude and latitude appear swapped: the geometry lies outside the deployment region and its mirror image inside.</summary>
    SwappedAxes,

    /// <summary>A coordinate lies outside the deployment region.</summary>
    OutsideRegion,

    /// <summary>A ring encloses less area than any real hazardous or released area.</summary>
    TinyRing,

    /// <summary>A ring is a sliver: so narrow on average that it is a digitising slip, not an area on the ground.</summary>
    SliverRing,

    /// <summary>The geometry is the same as that of a stored object of the same kind.</summary>
    Duplicate,

    /// <summary>The geometry overlaps a stored object of the same kind by most of the smaller area.</summary>
    NearDuplicate,
}
