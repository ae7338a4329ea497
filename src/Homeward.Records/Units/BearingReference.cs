namespace Homeward.Records.Units;

/// <summary>The direction bearings in a record are measured from.</summary>
public enum BearingReference
{
    /// <summary>Magnetic north: a compass azimuth (the Soviet "Ам"). Grid bearing = magnetic + declination − convergence.</summary>
    Magnetic,

    /// <summary>Grid north of the record's map projection (the Soviet "дирекционный угол", α).</summary>
    Grid,

    /// <summary>True (geodetic) north. Grid bearing = true − convergence.</summary>
    True,

    /// <summary>The record does not say: Homeward computes it as magnetic and as grid and reports how far apart they land.</summary>
    Unknown,
}
