namespace Homeward.Geo.Crs;

/// <summary>
/// The defining parameters of a Transverse Mercator projection (EPSG method 9807) with its latitude of origin at the
/// equator, as used by the UTM and Gauss–Krüger zones.
/// </summary>
/// <param name="CentralMeridianDegrees">The longitude of natural origin in degrees east of Greenwich.</param>
/// <param name="ScaleFactor">The scale factor on the central meridian (0.9996 for UTM, 1 for Gauss–Krüger).</param>
/// <param name="FalseEastingMetres">The easting of the central meridian in metres, including any zone prefix.</param>
/// <param name="FalseNorthingMetres">The northing of the equator in metres (10 000 000 in southern UTM zones).</param>
public sealed record TransverseMercatorParameters(
    double CentralMeridianDegrees,
    double ScaleFactor,
    double FalseEastingMetres,
    double FalseNorthingMetres);
