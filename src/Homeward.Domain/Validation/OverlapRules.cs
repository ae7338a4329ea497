using System.Globalization;
using System.Text;
using Homeward.Domain.Objects;
using NetTopologySuite.Geometries;

namespace Homeward.Domain.Validation;

/// <summary>Duplicates and near-duplicates of stored objects: the same geometry, or most of the smaller area shared.</summary>
internal static class OverlapRules
{
    public static IReadOnlyList<GeometryValidationError> FindDuplicates(Geometry geometry, IEnumerable<DomainObject> stored,
        GeometryValidationOptions options, IMetricMeasure measure) => [.. Find(geometry, stored, options, measure).Select(f => f.Error)];

    /// <summary>The duplicates with the stored objects they duplicate, the largest overlap first.</summary>
    public static IReadOnlyList<(DomainObject Stored, GeometryValidationError Error)> Find(Geometry geometry, IEnumerable<DomainObject> stored,
        GeometryValidationOptions options, IMetricMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(measure);
        var found = new List<(double Ratio, DomainObject Stored, GeometryValidationError Error)>();
        var envelope = geometry.EnvelopeInternal;
        double? area = null;
        foreach (var other in stored)
        {
            var otherGeometry = other.Geometry;
            if (otherGeometry is null || otherGeometry.IsEmpty || !otherGeometry.EnvelopeInternal.Intersects(envelope))
            {
                continue;
            }

            var name = $"{Words(other.Kind)} {other.Code}";
            if (otherGeometry.EnvelopeInternal.Equals(envelope) && otherGeometry.EqualsTopologically(geometry))
            {
                found.Add((2, other, new GeometryValidationError(GeometryErrorKind.Duplicate, At(geometry.InteriorPoint),
                    $"duplicate of {name}: the geometry is the same.")));
                continue;
            }

            if (geometry.Dimension != Dimension.Surface || !otherGeometry.Intersects(geometry))
            {
                continue;
            }

            var shared = otherGeometry.Intersection(geometry);
            var sharedArea = measure.AreaSquareMetres(shared);
            area ??= measure.AreaSquareMetres(geometry);
            var smaller = Math.Min(area.Value, StoredArea(other, measure));
            var ratio = smaller > 0 ? Math.Min(1.0, sharedArea / smaller) : 0;
            if (ratio >= options.NearDuplicateOverlapRatio)
            {
                found.Add((ratio, other, new GeometryValidationError(GeometryErrorKind.NearDuplicate, At(shared.InteriorPoint),
                    string.Create(CultureInfo.InvariantCulture,
                        $"near-duplicate of {name}: they share {sharedArea:0} m², {ratio:0.00} of the smaller area (near-duplicates share {options.NearDuplicateOverlapRatio:0.00} or more)."))));
            }
        }

        return [.. found.OrderByDescending(f => f.Ratio).Select(f => (f.Stored, f.Error))];
    }

    /// <summary>The kind in words, <c>hazardous area</c>.</summary>
    public static string Words(ObjectKind kind)
    {
        var name = kind.ToString();
        var words = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    private static double StoredArea(DomainObject other, IMetricMeasure measure) => other switch
    {
        // Computed on approval in the same measure; saves projecting the stored geometry again.
        HazardousArea { AreaSquareMetres: > 0 } h => h.AreaSquareMetres,
        ReleasedArea { AreaSquareMetres: > 0 } r => r.AreaSquareMetres,
        _ => measure.AreaSquareMetres(other.Geometry!),
    };

    private static LonLat? At(Point point) => point.IsEmpty ? null : new LonLat(point.X, point.Y);
}
