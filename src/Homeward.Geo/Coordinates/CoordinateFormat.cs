namespace Homeward.Geo.Coordinates;

/// <summary>The ways a position can be written, as offered on field forms and found in legacy records.</summary>
public enum CoordinateFormat
{
    /// <summary>Decimal degrees, latitude then longitude unless hemisphere letters say otherwise: <c>39.9911, 46.9269</c>.</summary>
    DecimalDegrees,

    /// <summary>
    /// Degrees, minutes and seconds, or degrees and decimal minutes: <c>39°59'28"N 46°55'37"E</c>, <c>39°59.467'N 46°55.617'E</c>.
    /// </summary>
    DegreesMinutesSeconds,

    /// <summary>WGS 84 / UTM: zone, band or hemisphere letter, easting, northing: <c>38S 664506 4428547</c>.</summary>
    Utm,

    /// <summary>
    /// Pulkovo 1942 Gauss–Krüger rectangular grid, the Soviet X (northing) and Y (zone-prefixed easting): <c>X=4430293 Y=8664944</c>.
    /// </summary>
    GaussKruger,

    /// <summary>Military Grid Reference System on WGS 84: <c>38SPK 64506 28547</c>.</summary>
    Mgrs,
}
