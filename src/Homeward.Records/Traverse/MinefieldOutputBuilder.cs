using Homeward.Geo;
using Homeward.Geo.Crs;
using Homeward.Records.Format;
using Homeward.Records.Uncertainty;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Homeward.Records.Traverse;

/// <summary>Turns a plane solution into the outputs: points with their errors, WGS 84 and UTM geometry, the uncertainty zone.</summary>
internal sealed class MinefieldOutputBuilder(
    MinefieldRecord record,
    RecordPlacement placement,
    CoordinateTransformer transformer,
    UncertaintyOptions uncertainty,
    double declinationSigmaDegrees,
    double datumMetres)
{
    private readonly Dictionary<string, RecordPoint> _points = record.Points.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly GeometryFactory _plane = GeometryServices.ForSrid(placement.Plane.Srid);
    private readonly GeometryFactory _utm = GeometryServices.ForSrid(placement.Utm.Srid);

    public DigitizedPoint Point(PlaneNode node)
    {
        var root = _points[node.Root];
        var referenceSigma = root.SigmaMetres ?? uncertainty.ReferenceMetres(record.ReferenceLocatedBy);

        // The declination's error turns the magnetic legs about the reference point: |Σ magnetic legs| × σδ.
        var magnetic = Math.Sqrt(node.MagneticEast * node.MagneticEast + node.MagneticNorth * node.MagneticNorth);
        var error = new PointUncertainty(
            referenceSigma * Math.Sqrt(2),
            Math.Sqrt(Math.Max(0, node.Instrument.Trace)),
            magnetic * declinationSigmaDegrees * Math.PI / 180,
            datumMetres);
        var (lon, lat) = transformer.Transform(node.East, node.North, placement.Plane.Srid, CoordinateReferenceSystem.Wgs84.Srid);
        var (east, north) = Utm(node.East, node.North);
        return new DigitizedPoint(node.Id, node.Type, node.East, node.North, node.RawEast, node.RawNorth, lon, lat, east, north, error);
    }

    public DigitizedRow Row(SolvedRow row)
    {
        var line = _plane.CreateLineString([new Coordinate(row.Start.East, row.Start.North), new Coordinate(row.End.East, row.End.North)]);
        return new DigitizedRow(row.Row.Id, row.Row.MineType, row.Row.Count, row.Row.SpacingMetres, row.LengthMetres, row.Start.Id, row.End.Id,
            (LineString)transformer.Transform(line, CoordinateReferenceSystem.Wgs84.Srid),
            (LineString)transformer.Transform(line, placement.Utm.Srid),
            [.. row.Mines.Select(Point)]);
    }

    public (Polygon? Plane, Polygon? Wgs84, Polygon? Utm) Perimeter(TraverseSolution solution)
    {
        if (record.Perimeter.Count < 4)
        {
            return (null, null, null);
        }

        // Segments are under a kilometre, so the corners alone carry the shape into WGS 84 and UTM (spec 5.1, step 9).
        var ring = record.Perimeter.Select(id => new Coordinate(solution.Nodes[id].East, solution.Nodes[id].North)).ToArray();
        var plane = _plane.CreatePolygon(ring);
        return (plane, (Polygon)transformer.Transform(plane, CoordinateReferenceSystem.Wgs84.Srid), (Polygon)transformer.Transform(plane, placement.Utm.Srid));
    }

    /// <summary>
    /// The perimeter grown by max(2 × DRMS, e) at each turning point, interpolated along each side: the union of the polygon
    /// and, for every side, the hull of the circles at its two ends.
    /// </summary>
    public Polygon? UncertaintyZone(Polygon? perimeterUtm, IReadOnlyList<DigitizedPoint> points, double misclosureMetres)
    {
        if (perimeterUtm is null)
        {
            return null;
        }

        var byId = points.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var radii = record.Perimeter.Select(id => Math.Max(2 * byId[id].Uncertainty.RadialMetres, misclosureMetres)).ToList();
        var corners = perimeterUtm.ExteriorRing.Coordinates;
        var parts = new List<Geometry> { perimeterUtm.IsValid ? perimeterUtm : perimeterUtm.ConvexHull() };
        for (var i = 0; i + 1 < corners.Length; i++)
        {
            var a = _utm.CreatePoint(corners[i]).Buffer(radii[i], 16);
            var b = _utm.CreatePoint(corners[i + 1]).Buffer(radii[i + 1], 16);
            parts.Add(_utm.BuildGeometry([a, b]).ConvexHull());
        }

        var zone = UnaryUnionOp.Union(parts);
        return zone as Polygon ?? (Polygon)zone.ConvexHull();
    }

    private (double East, double North) Utm(double east, double north) =>
        transformer.Transform(east, north, placement.Plane.Srid, placement.Utm.Srid);
}
