using Homeward.Domain;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Homeward.Geo;

/// <summary>
/// Measures in metres of EPSG:4326 geometries, computed in a WGS 84 / UTM zone (EPSG:326zz north, 327zz south).
/// For Karabakh this is zone 38N, EPSG:32638. Not safe for concurrent use: ProjNET transforms keep no
/// documented thread-safety promise, so give each thread its own instance.
/// </summary>
public sealed class UtmMetricMeasure : IMetricMeasure
{
    private readonly MathTransform _toUtm;
    private readonly MathTransform _toWgs84;
    private readonly GeometryFactory _utmFactory;

    /// <summary>Creates the measure for one UTM zone.</summary>
    /// <param name="zone">The UTM zone, 1 to 60.</param>
    /// <param name="north">Whether the northern hemisphere's zone.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zone"/> is not 1 to 60.</exception>
    public UtmMetricMeasure(int zone, bool north)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(zone, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(zone, 60);
        Srid = (north ? 32600 : 32700) + zone;
        var utm = ProjectedCoordinateSystem.WGS84_UTM(zone, north);
        var factory = new CoordinateTransformationFactory();
        _toUtm = factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, utm).MathTransform;
        _toWgs84 = factory.CreateFromCoordinateSystems(utm, GeographicCoordinateSystem.WGS84).MathTransform;
        _utmFactory = GeometryServices.ForSrid(Srid);
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

    /// <summary>The length of a line (or the perimeter of a polygon) in metres.</summary>
    /// <param name="geometry">The geometry in EPSG:4326.</param>
    /// <returns>The length in m; 0 for points.</returns>
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
        var projected = _utmFactory.CreateGeometry(geometry);
        projected.Apply(new TransformFilter(_toUtm));
        return projected;
    }

    /// <summary>A coordinate of this measure's projected CRS in EPSG:4326.</summary>
    /// <param name="projected">Easting and northing in metres.</param>
    /// <returns>Longitude (X) and latitude (Y) in degrees.</returns>
    public Coordinate ToWgs84(Coordinate projected)
    {
        ArgumentNullException.ThrowIfNull(projected);
        var (x, y) = (projected.X, projected.Y);
        _toWgs84.Transform(ref x, ref y);
        return new Coordinate(x, y);
    }

    private sealed class TransformFilter(MathTransform transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = (seq.GetX(i), seq.GetY(i));
                transform.Transform(ref x, ref y);
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
