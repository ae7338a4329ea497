using Homeward.Domain;
using Homeward.Geo.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace Homeward.Geo;

/// <summary>
/// Measures in metres of EPSG:4326 geometries, computed in a WGS 84 / UTM zone (EPSG:326zz north, 327zz south).
/// For Karabakh this is zone 38N, EPSG:32638. Not safe for concurrent use: it projects with its own
/// <see cref="CoordinateTransformer"/>, which is not, so give each thread its own instance.
/// </summary>
public sealed class UtmMetricMeasure : IMetricMeasure
{
    private readonly CoordinateTransformer _transformer = new();
    private readonly GeometryFactory _utmFactory;

    /// <summary>Creates the measure for one UTM zone.</summary>
    /// <param name="zone">The UTM zone, 1 to 60.</param>
    /// <param name="north">Whether the northern hemisphere's zone.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zone"/> is not 1 to 60.</exception>
    public UtmMetricMeasure(int zone, bool north)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(zone, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(zone, 60);
        Srid = CoordinateReferenceSystem.Utm(zone, north).Srid;
        _utmFactory = GeometryServices.ForSrid(Srid);

        // Built here, as before, so that using the measure never changes its state.
        _transformer.Prepare(CoordinateReferenceSystem.Wgs84.Srid, Srid);
        _transformer.Prepare(Srid, CoordinateReferenceSystem.Wgs84.Srid);
    }

    /// <summary>The measure of the Karabakh deployment: UTM zone 38N (EPSG:32638).</summary>
    public static UtmMetricMeasure Karabakh { get; } = new(38, north: true);

    /// <summary>The EPSG code of the projected CRS measures are taken in.</summary>
    public int Srid { get; }

    /// <inheritdoc/>
    public double AreaSquareMetres(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry.Dimension == NetTopologySuite.Geometries.Dimension.Surface ? ToProjected(geometry).Area : 0;
    }

    /// <inheritdoc/>
    public double LengthMetres(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return ToProjected(geometry).Length;
    }

    /// <inheritdoc/>
    public (double DistanceMetres, LonLat? Worst) Protrusion(Geometry inner, Geometry outer)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outer);
        if (outer.Covers(inner))
        {
            return (0, null);
        }

        var innerUtm = ToProjected(inner);
        var outerUtm = ToProjected(outer);
        var outside = innerUtm.Difference(outerUtm);
        if (outside.IsEmpty)
        {
            return (0, null);
        }

        // The furthest point of the outside part lies on its boundary; vertices and edge midpoints find it to
        // within half an edge, which is far below any tolerance worth stating for a surveyed polygon. Midpoints are
        // taken within each ring only: between two slivers they would lie nowhere near the outside part.
        var distance = new IndexedFacetDistance(outerUtm);
        var best = (Distance: -1.0, At: outside.Coordinate);
        foreach (var ring in NetTopologySuite.Geometries.Utilities.LinearComponentExtracter.GetLines(outside))
        {
            var coordinates = ring.Coordinates;
            for (var i = 0; i < coordinates.Length; i++)
            {
                Consider(coordinates[i]);
                if (i + 1 < coordinates.Length)
                {
                    Consider(new Coordinate((coordinates[i].X + coordinates[i + 1].X) / 2, (coordinates[i].Y + coordinates[i + 1].Y) / 2));
                }
            }
        }

        var lonLat = ToWgs84(best.At);
        return (best.Distance, new LonLat(lonLat.X, lonLat.Y));

        void Consider(Coordinate c)
        {
            var d = distance.Distance(_utmFactory.CreatePoint(c));
            if (d > best.Distance)
            {
                best = (d, c);
            }
        }
    }

    /// <summary>The geometry in this measure's projected CRS.</summary>
    /// <param name="geometry">A geometry in EPSG:4326.</param>
    /// <returns>A new geometry with SRID <see cref="Srid"/>, coordinates in metres.</returns>
    public Geometry ToProjected(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);

        // Taken as EPSG:4326 whatever its SRID says, as this measure always has.
        return _transformer.Transform(geometry, CoordinateReferenceSystem.Wgs84.Srid, Srid);
    }

    /// <summary>A coordinate of this measure's projected CRS in EPSG:4326.</summary>
    /// <param name="projected">Easting and northing in metres.</param>
    /// <returns>Longitude (X) and latitude (Y) in degrees.</returns>
    public Coordinate ToWgs84(Coordinate projected)
    {
        ArgumentNullException.ThrowIfNull(projected);
        var (x, y) = _transformer.Transform(projected.X, projected.Y, Srid, CoordinateReferenceSystem.Wgs84.Srid);
        return new Coordinate(x, y);
    }
}
