using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Validation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Homeward.Geo.Validation;

/// <summary>
/// Repairs a geometry when, and only when, the user asks for it: swaps longitude and latitude that appear swapped,
/// and rebuilds an invalid geometry with NetTopologySuite's <see cref="GeometryFixer"/> (a bow-tie becomes two
/// triangles, a collapsed ring goes). Every repair comes with a <see cref="GeometryRepairNote"/> that says what was
/// wrong and what changed (areas in m², vertex counts), to be kept with the report. Problems no repair can remove (a
/// geometry outside the region, a ring too small to be real, a duplicate) are left for the user. The given geometry is
/// never changed.
/// </summary>
/// <remarks>Thread-safe if its validator is.</remarks>
public sealed class GeometryRepair
{
    private readonly GeometryValidator _validator;

    /// <summary>Creates the repair, which checks with <paramref name="validator"/> before and after.</summary>
    /// <param name="validator">The checks, with the deployment's region, thresholds and measure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> is null.</exception>
    public GeometryRepair(GeometryValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        _validator = validator;
    }

    /// <summary>Repairs what can be repaired in a geometry for an object of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind of object.</param>
    /// <param name="geometry">The geometry in EPSG:4326, as it came.</param>
    /// <returns>The geometry to store, the note of the repair (if any) and the problems left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is null.</exception>
    public GeometryRepairResult Repair(ObjectKind kind, Geometry geometry) => Repair(kind, geometry, []);

    /// <summary>
    /// Repairs what can be repaired in a geometry for an object of <paramref name="kind"/>, recording with it the rings
    /// a reader had to close before the geometry could be built at all.
    /// </summary>
    /// <param name="kind">The kind of object.</param>
    /// <param name="geometry">The geometry in EPSG:4326, as it came (with those rings closed).</param>
    /// <param name="ringsClosed">One <see cref="GeometryErrorKind.RingNotClosed"/> problem per ring the reader closed, at the user's request.</param>
    /// <returns>The geometry to store, the note of the repair (if any) and the problems left.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public GeometryRepairResult Repair(ObjectKind kind, Geometry geometry, IReadOnlyList<GeometryValidationError> ringsClosed)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(ringsClosed);
        var found = _validator.Validate(kind, geometry);
        var repaired = new List<GeometryValidationError>(ringsClosed);
        var changes = new List<string>();
        if (ringsClosed.Count > 0)
        {
            changes.Add(ringsClosed.Count == 1 ? "closed the ring by repeating its first position"
                : string.Create(CultureInfo.InvariantCulture, $"closed {ringsClosed.Count} rings by repeating their first positions"));
        }

        var current = geometry;
        var problems = found;
        if (problems.FirstOrDefault(p => p.Kind == GeometryErrorKind.SwappedAxes) is { } swapped)
        {
            current = SwapAxes(current);
            repaired.Add(swapped);
            changes.Add("swapped longitude and latitude");
            problems = _validator.Validate(kind, current);
        }

        var invalid = problems.Where(p => p.IsInvalidGeometry).ToList();
        if (invalid.Count > 0)
        {
            var rebuilt = GeometryFixer.Fix(current);
            if (rebuilt.IsEmpty)
            {
                // Nothing of it is left: no repair, and the user hears why.
                var left = problems.Select(p => p.IsInvalidGeometry
                    ? p with { Message = $"{p.Message} A repair would leave nothing of it (it encloses no area); redraw it." }
                    : p).ToList();
                return new GeometryRepairResult(geometry, null, left);
            }

            // Reported as found in the geometry as it came; after a swap they were found again in the swapped one.
            var asFound = found.Where(p => p.IsInvalidGeometry).ToList();
            repaired.AddRange(asFound.Count > 0 ? asFound : invalid);
            changes.Add(rebuilt is GeometryCollection { NumGeometries: > 1 } parts
                ? string.Create(CultureInfo.InvariantCulture, $"rebuilt with GeometryFixer as a {rebuilt.GeometryType} of {parts.NumGeometries} parts")
                : $"rebuilt with GeometryFixer as a {rebuilt.GeometryType}");
            current = rebuilt;
            problems = _validator.Validate(kind, current);
        }

        if (repaired.Count == 0)
        {
            return new GeometryRepairResult(geometry, null, problems);
        }

        var measure = _validator.Measure;
        var note = new GeometryRepairNote(repaired, string.Join("; ", changes), geometry.Copy(),
            measure.AreaSquareMetres(geometry), measure.AreaSquareMetres(current), geometry.NumPoints, current.NumPoints);
        return new GeometryRepairResult(current, note, problems);
    }

    private static Geometry SwapAxes(Geometry geometry)
    {
        // A copy of our own, so the caller's geometry stays as it came.
        var copy = geometry.Copy();
        copy.Apply(new SwapAxesFilter());
        return copy;
    }

    private sealed class SwapAxesFilter : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = (seq.GetX(i), seq.GetY(i));
                seq.SetX(i, y);
                seq.SetY(i, x);
            }
        }
    }
}
