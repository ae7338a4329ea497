using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Homeward.Domain.Validation;

/// <summary>The checks every geometry passes before it is stored: shape, reference system, coordinate range and validity.</summary>
public static class GeometryRules
{
    /// <summary>The SRID geometries are stored in.</summary>
    public const int StorageSrid = 4326;

    /// <summary>Checks a geometry for an object of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind, whose <see cref="ObjectKindInfo.Shape"/> the geometry must have.</param>
    /// <param name="geometry">The geometry in EPSG:4326, or <see langword="null"/>.</param>
    /// <param name="record">The record, for messages.</param>
    /// <returns>The problems found; empty when the geometry is acceptable.</returns>
    public static IReadOnlyList<InvariantViolation> Check(ObjectKind kind, Geometry? geometry, string record)
    {
        var info = ObjectKindInfo.Of(kind);
        const string Field = "geometry";
        if (geometry is null || geometry.IsEmpty)
        {
            return IsRequired(kind)
                ? [new InvariantViolation(record, Field, null, $"a {info.JsonName} needs a geometry ({info.Shape}).")]
                : [];
        }

        var shapeOk = info.Shape switch
        {
            GeometryShape.Point => geometry is Point,
            GeometryShape.Polygonal => geometry is Polygon or MultiPolygon,
            _ => false,
        };
        if (!shapeOk)
        {
            var expected = info.Shape == GeometryShape.None ? "no geometry" : $"a {info.Shape} geometry";
            return [new InvariantViolation(record, Field, At(geometry.Coordinate), $"a {info.JsonName} takes {expected}, not a {geometry.GeometryType}.")];
        }

        if (geometry.SRID is not (StorageSrid or 0 or -1))
        {
            return [new InvariantViolation(record, Field, null, $"the geometry is in SRID {geometry.SRID}; Homeward stores EPSG:{StorageSrid}.")];
        }

        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90)
            {
                return [new InvariantViolation(record, Field, new LonLat(c.X, c.Y),
                    "the coordinate is not a longitude and latitude in degrees (EPSG:4326 expects −180 to 180, −90 to 90).")];
            }
        }

        var error = new IsValidOp(geometry).ValidationError;
        return error is null
            ? []
            : [new InvariantViolation(record, Field, At(error.Coordinate), $"invalid geometry: {error.Message}.")];
    }

    private static bool IsRequired(ObjectKind kind) =>
        kind is ObjectKind.HazardousArea or ObjectKind.ReleasedArea or ObjectKind.AdministrativeArea or ObjectKind.Settlement;

    private static LonLat? At(Coordinate? c) => c is null ? null : new LonLat(c.X, c.Y);
}
