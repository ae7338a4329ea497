using Homeward.Records.Format;

namespace Homeward.Records.Traverse;

/// <summary>
/// A point of the traverse in the computation plane: where the record's legs put it (raw), where it is after the Bowditch
/// adjustment, and what its position depends on.
/// </summary>
/// <param name="Id">The point's id.</param>
/// <param name="Type">Its role.</param>
/// <param name="RawEast">Easting before adjustment, metres in the plane.</param>
/// <param name="RawNorth">Northing before adjustment.</param>
/// <param name="Root">The id of the point with coordinates its chain of legs starts at.</param>
/// <param name="Instrument">The covariance from the legs of its chain.</param>
/// <param name="MagneticEast">The sum of the eastings of the magnetic legs of its chain: what a declination error turns.</param>
/// <param name="MagneticNorth">The sum of their northings.</param>
/// <param name="Leg">The leg that placed it, or <see langword="null"/> for a point with coordinates.</param>
internal sealed record PlaneNode(
    string Id,
    RecordPointType Type,
    double RawEast,
    double RawNorth,
    string Root,
    Covariance Instrument,
    double MagneticEast,
    double MagneticNorth,
    ResolvedLeg? Leg)
{
    public double East { get; init; } = RawEast;

    public double North { get; init; } = RawNorth;

    /// <summary>The node reached from this one by a leg.</summary>
    public PlaneNode Then(string id, RecordPointType type, ResolvedLeg leg) => new(
        id,
        type,
        East + leg.DeltaEast,
        North + leg.DeltaNorth,
        Root,
        Instrument + leg.Covariance,
        MagneticEast + (leg.IsMagnetic ? leg.DeltaEast : 0),
        MagneticNorth + (leg.IsMagnetic ? leg.DeltaNorth : 0),
        leg);
}
