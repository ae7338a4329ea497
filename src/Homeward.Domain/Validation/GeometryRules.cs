using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Homeward.Domain.Validation;

/// <summary>
/// The checks every geometry passes when it enters Homeward: shape for the kind, reference system, degrees, validity
/// (with the failing coordinate), the deployment region (and longitude and latitude swapped), rings too small or too
/// thin to be real, and duplicates of stored objects. Geometries are in EPSG:4326 (X = longitude, Y = latitude);
/// areas and lengths come from an <see cref="IMetricMeasure"/>, in metres, never from degrees. The checks only read
/// the geometries they are given and return problems as values; they never throw for bad input.
/// </summary>
public static class GeometryRules
{
    /// <summary>The SRID geometries are stored in.</summary>
    public const int StorageSrid = 4326;

    /// <summary>Checks a geometry for an object of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind, whose <see cref="ObjectKindInfo.Shape"/> the geometry must have.</param>
    /// <param name="geometry">The geometry in EPSG:4326, or <see langword="null"/> (or empty) when none was given.</param>
    /// <param name="options">The region and thresholds.</param>
    /// <param name="measure">Areas and lengths in metres.</param>
    /// <returns>The problems found, most basic first; empty when the geometry is acceptable.</returns>
    public static IReadOnlyList<GeometryValidationError> Validate(ObjectKind kind, Geometry? geometry, GeometryValidationOptions options,
        IMetricMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(measure);
        var info = ObjectKindInfo.Of(kind);
        if (geometry is null || geometry.IsEmpty)
        {
            return IsRequired(kind)
                ? [new GeometryValidationError(GeometryErrorKind.Missing, null, $"a {info.JsonName} needs a geometry ({info.ShapeText}).")]
                : [];
        }

        var shapeOk = info.Shape switch
        {
            GeometryShape.Point => geometry is Point,
            GeometryShape.Polygonal => geometry is Polygon or MultiPolygon,
            GeometryShape.Any => geometry is Point or LineString or Polygon or MultiPoint or MultiLineString or MultiPolygon,
            _ => false,
        };
        if (!shapeOk)
        {
            var expected = info.Shape == GeometryShape.None ? "no geometry" : $"{info.ShapeText} geometry";
            return [new GeometryValidationError(GeometryErrorKind.WrongShape, At(geometry.Coordinate),
                $"a {info.JsonName} takes {expected}, not a {geometry.GeometryType}.")];
        }

        return Validate(geometry, options, measure);
    }

    /// <summary>Checks a geometry of any shape: reference system, degrees, validity, region and rings.</summary>
    /// <param name="geometry">The geometry in EPSG:4326.</param>
    /// <param name="options">The region and thresholds.</param>
    /// <param name="measure">Areas and lengths in metres.</param>
    /// <returns>The problems found, most basic first; empty when the geometry is acceptable.</returns>
    public static IReadOnlyList<GeometryValidationError> Validate(Geometry geometry, GeometryValidationOptions options, IMetricMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(measure);
        if (geometry.SRID is not (StorageSrid or 0 or -1))
        {
            return [new GeometryValidationError(GeometryErrorKind.WrongSrid, null,
                $"the geometry is in SRID {geometry.SRID}; Homeward stores EPSG:{StorageSrid}.")];
        }

        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90)
            {
                var hint = Math.Abs(c.X) > 1000 || Math.Abs(c.Y) > 1000
                    ? " These look like metres of a projected grid (UTM or Gauss–Krüger easting and northing); convert them to degrees."
                    : string.Empty;
                return [new GeometryValidationError(GeometryErrorKind.NotDegrees, new LonLat(c.X, c.Y),
                    $"the coordinate is not a longitude and latitude in degrees (EPSG:4326 expects −180 to 180, −90 to 90).{hint}")];
            }
        }

        var errors = new List<GeometryValidationError>();
        if (new IsValidOp(geometry).ValidationError is { } invalid)
        {
            errors.Add(Invalid(invalid));
        }

        if (CheckRegion(geometry, options.Region) is { } outside)
        {
            errors.Add(outside);
        }

        if (errors.Count == 0)
        {
            // Areas of an invalid ring mean nothing, and neither do those measured far outside the projection's zone.
            errors.AddRange(RingRules.Check(geometry, options, measure));
        }

        return errors;
    }

    /// <summary>
    /// Finds the stored objects whose geometry is the same as <paramref name="geometry"/>, or overlaps it by at least
    /// <see cref="GeometryValidationOptions.NearDuplicateOverlapRatio"/> of the smaller area.
    /// </summary>
    /// <param name="geometry">A valid geometry in EPSG:4326.</param>
    /// <param name="stored">The candidates, typically those of the same kind whose bounding box meets the geometry's; others are skipped quickly.</param>
    /// <param name="options">The threshold.</param>
    /// <param name="measure">Areas in metres.</param>
    /// <returns>One problem per duplicate (<see cref="GeometryErrorKind.Duplicate"/> or <see cref="GeometryErrorKind.NearDuplicate"/>), the largest overlap first.</returns>
    public static IReadOnlyList<GeometryValidationError> FindDuplicates(Geometry geometry, IEnumerable<DomainObject> stored,
        GeometryValidationOptions options, IMetricMeasure measure) => OverlapRules.FindDuplicates(geometry, stored, options, measure);

    /// <summary>Checks a geometry for an object of <paramref name="kind"/> and names the record in each problem.</summary>
    /// <param name="kind">The kind, whose <see cref="ObjectKindInfo.Shape"/> the geometry must have.</param>
    /// <param name="geometry">The geometry in EPSG:4326, or <see langword="null"/>.</param>
    /// <param name="record">The record, for messages.</param>
    /// <param name="options">The region and thresholds.</param>
    /// <param name="measure">Areas and lengths in metres.</param>
    /// <returns>The problems found, in the record's <c>geometry</c> field; empty when the geometry is acceptable.</returns>
    public static IReadOnlyList<InvariantViolation> Check(ObjectKind kind, Geometry? geometry, string record, GeometryValidationOptions options,
        IMetricMeasure measure) => [.. Validate(kind, geometry, options, measure).Select(e => e.ToViolation(record))];

    private static bool IsRequired(ObjectKind kind) =>
        kind is ObjectKind.HazardousArea or ObjectKind.ReleasedArea or ObjectKind.AdministrativeArea or ObjectKind.Settlement;

    private static GeometryValidationError Invalid(TopologyValidationError error)
    {
        var (kind, why) = error.ErrorType switch
        {
            TopologyValidationErrors.SelfIntersection => (GeometryErrorKind.SelfIntersection, "the boundary crosses itself, as in a bow-tie"),
            TopologyValidationErrors.RingSelfIntersection => (GeometryErrorKind.RingSelfIntersection, "a ring touches itself at a point"),
            TopologyValidationErrors.RingNotClosed => (GeometryErrorKind.RingNotClosed, "a ring must end where it starts"),
            TopologyValidationErrors.TooFewPoints => (GeometryErrorKind.TooFewPoints, "a ring needs at least three distinct corners"),
            TopologyValidationErrors.HoleOutsideShell => (GeometryErrorKind.HoleOutsideShell, "a hole lies outside its outer ring"),
            TopologyValidationErrors.NestedHoles => (GeometryErrorKind.NestedHoles, "a hole lies inside another hole"),
            TopologyValidationErrors.DisconnectedInteriors => (GeometryErrorKind.DisconnectedInterior, "the holes cut the area in two"),
            TopologyValidationErrors.NestedShells => (GeometryErrorKind.NestedShells,
                "one part lies inside another; make it a hole, or a separate area"),
            TopologyValidationErrors.DuplicateRings => (GeometryErrorKind.DuplicateRings, "two rings are the same"),
            TopologyValidationErrors.InvalidCoordinate => (GeometryErrorKind.InvalidCoordinate, "a coordinate is not a number"),
            _ => (GeometryErrorKind.Invalid, null),
        };
        return new GeometryValidationError(kind, At(error.Coordinate),
            why is null ? $"invalid geometry: {error.Message}." : $"invalid geometry: {error.Message} ({why}).");
    }

    /// <summary>The first coordinate outside the region, or the sign that longitude and latitude were swapped.</summary>
    private static GeometryValidationError? CheckRegion(Geometry geometry, DeploymentRegion region)
    {
        var coordinates = geometry.Coordinates;
        Coordinate? first = null;
        var outside = 0;
        var swappedInside = true;
        foreach (var c in coordinates)
        {
            if (!region.Contains(c.X, c.Y))
            {
                first ??= c;
                outside++;
            }

            swappedInside = swappedInside && region.Contains(c.Y, c.X);
        }

        if (first is null)
        {
            return null;
        }

        var at = new LonLat(first.X, first.Y);
        if (outside == coordinates.Length && swappedInside)
        {
            return new GeometryValidationError(GeometryErrorKind.SwappedAxes, at,
                $"latitude and longitude appear swapped: {at} would be inside {region.Name} as {new LonLat(first.Y, first.X)} " +
                "(positions are written longitude first).");
        }

        var count = outside == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; {outside} of {coordinates.Length} positions are");
        var nullIsland = first.X == 0 && first.Y == 0 ? " (0 0) is what a receiver records when it has no position fix." : string.Empty;
        return new GeometryValidationError(GeometryErrorKind.OutsideRegion, at,
            $"{at} lies outside the deployment region, {region}{count}.{nullIsland}");
    }

    private static LonLat? At(Coordinate? c) => c is null ? null : new LonLat(c.X, c.Y);
}
