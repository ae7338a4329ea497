using NetTopologySuite.Geometries;

namespace Homeward.Domain;

/// <summary>
/// Measures in metres of geometries held in EPSG:4326, computed in the deployment's projected CRS (never in
/// degrees). Implementations are thread-safe.
/// </summary>
public interface IMetricMeasure
{
    /// <summary>The area of a geometry in square metres; 0 for points and lines.</summary>
    /// <param name="geometry">The geometry in EPSG:4326 (X = longitude, Y = latitude).</param>
    /// <returns>The area in m².</returns>
    double AreaSquareMetres(Geometry geometry);

    /// <summary>How far <paramref name="inner"/> reaches outside <paramref name="outer"/>, in metres, and where it reaches furthest.</summary>
    /// <param name="inner">The geometry that should lie inside, EPSG:4326.</param>
    /// <param name="outer">The geometry that should contain it, EPSG:4326.</param>
    /// <returns>0 and <see langword="null"/> when <paramref name="outer"/> covers <paramref name="inner"/>; else the largest distance and the coordinate at which it occurs (EPSG:4326).</returns>
    (double DistanceMetres, LonLat? Worst) Protrusion(Geometry inner, Geometry outer);
}
