namespace Homeward.Geo.Crs;

/// <summary>
/// The sign convention of the rotations of a seven-parameter Helmert transformation. The two conventions differ only in the
/// sign of the three rotations, so a rotation published in one and applied in the other moves points by metres.
/// </summary>
public enum HelmertConvention
{
    /// <summary>
    /// Position Vector (EPSG method 9606): the rotation turns the position vector. PROJ's <c>+towgs84</c> and the WKT 1
    /// <c>TOWGS84</c> clause use this convention.
    /// </summary>
    PositionVector,

    /// <summary>
    /// Coordinate Frame (EPSG method 9607): the rotation turns the axes; the rotations are those of Position Vector negated.
    /// </summary>
    CoordinateFrame,
}
