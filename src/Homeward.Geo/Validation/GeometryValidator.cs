using Homeward.Domain;
using Homeward.Domain.Validation;
using NetTopologySuite.Geometries;

namespace Homeward.Geo.Validation;

/// <summary>
/// Checks geometries as they enter Homeward, at any boundary (a file, a form, an API): shape for the kind, EPSG:4326
/// degrees, validity with the failing coordinate, the deployment region and swapped longitude and latitude, rings
/// too small or too thin to be real, and duplicates of stored objects. Bad input gives problems as values, never an
/// exception. The rules are the Domain's <see cref="GeometryRules"/>, so an import and the review workflow find the same
/// problems in the same words; this class binds them to a deployment's options and its measure in metres.
/// </summary>
/// <remarks>Thread-safe if its measure is; <see cref="UtmMetricMeasure"/> is not, so give each thread its own validator.</remarks>
public sealed class GeometryValidator
{
    /// <summary>Creates a validator.</summary>
    /// <param name="options">The deployment region and thresholds.</param>
    /// <param name="measure">Areas and lengths in metres, in the deployment's projected CRS.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public GeometryValidator(GeometryValidationOptions options, IMetricMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(measure);
        Options = options;
        Measure = measure;
    }

    /// <summary>The region and thresholds.</summary>
    public GeometryValidationOptions Options { get; }

    /// <summary>The measure areas and lengths are taken with.</summary>
    public IMetricMeasure Measure { get; }

    /// <summary>A new validator for the Karabakh deployment: Azerbaijan's extent, the default thresholds, areas in UTM zone 38N.</summary>
    /// <returns>The validator, with a measure of its own.</returns>
    public static GeometryValidator ForKarabakh() => new(GeometryValidationOptions.Karabakh, new UtmMetricMeasure(38, north: true));

    /// <summary>Checks a geometry for an object of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind of object, which fixes the shape (point or polygonal) and whether a geometry is required.</param>
    /// <param name="geometry">The geometry in EPSG:4326 (X = longitude, Y = latitude), or <see langword="null"/> when none was given.</param>
    /// <returns>The problems, most basic first; empty when the geometry is acceptable.</returns>
    public IReadOnlyList<GeometryValidationError> Validate(ObjectKind kind, Geometry? geometry) =>
        GeometryRules.Validate(kind, geometry, Options, Measure);

    /// <summary>Checks a geometry of any shape: reference system, degrees, validity, region and rings.</summary>
    /// <param name="geometry">The geometry in EPSG:4326 (X = longitude, Y = latitude).</param>
    /// <returns>The problems, most basic first; empty when the geometry is acceptable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is null.</exception>
    public IReadOnlyList<GeometryValidationError> Validate(Geometry geometry) => GeometryRules.Validate(geometry, Options, Measure);

    /// <summary>
    /// The stored objects of <paramref name="kind"/> that <paramref name="geometry"/> duplicates: the same geometry
    /// (<see cref="GeometryErrorKind.Duplicate"/>), or an overlap of at least <see cref="GeometryValidationOptions.NearDuplicateOverlapRatio"/>
    /// of the smaller area (<see cref="GeometryErrorKind.NearDuplicate"/>). Each problem names the stored object's code and the ratio.
    /// </summary>
    /// <param name="kind">The kind; stored objects of other kinds are ignored.</param>
    /// <param name="geometry">A valid geometry in EPSG:4326.</param>
    /// <param name="stored">The stored objects to compare with, typically those a spatial index finds near the geometry.</param>
    /// <returns>The duplicates, the largest overlap first; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<GeometryValidationError> FindDuplicates(ObjectKind kind, Geometry geometry, IEnumerable<DomainObject> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return GeometryRules.FindDuplicates(geometry, stored.Where(s => s.Kind == kind), Options, Measure);
    }
}
