using Homeward.Geo.Crs;
using Homeward.Records.Consistency;
using Homeward.Records.Format;
using Homeward.Records.Units;
using NetTopologySuite.Geometries;

namespace Homeward.Records.Traverse;

/// <summary>
/// A minefield record computed: its points, perimeter, rows and mines in the computation plane, in WGS 84 (EPSG:4326,
/// X = longitude, Y = latitude) and in UTM (metres), each point with its radial error; the uncertainty zone; the closure;
/// and the consistency flags. Immutable.
/// </summary>
public sealed record DigitizedMinefield
{
    /// <summary>The record as read.</summary>
    public required MinefieldRecord Record { get; init; }

    /// <summary>The CRS of the record's coordinates (stated, or inferred with flag F13).</summary>
    public required CoordinateReferenceSystem RecordCrs { get; init; }

    /// <summary>The plane the traverse was computed in (the record's Gauss–Krüger or UTM zone).</summary>
    public required CoordinateReferenceSystem Plane { get; init; }

    /// <summary>The WGS 84 / UTM zone of the UTM outputs (EPSG:32638 or 32639 in the region).</summary>
    public required CoordinateReferenceSystem Utm { get; init; }

    /// <summary>The datum transformation used for SK-42 coordinates, or <see langword="null"/> when the record is on WGS 84.</summary>
    public required DatumTransformation? Transformation { get; init; }

    /// <summary>The id of the reference point the declination and convergence were computed at.</summary>
    public required string ReferencePointId { get; init; }

    /// <summary>The date used for the declination, as a decimal year (the middle of the range when the date is approximate).</summary>
    public required double DecimalYear { get; init; }

    /// <summary>The geomagnetic model used (<c>IGRF-14</c> or <c>WMM-2025</c>).</summary>
    public required string GeomagneticModel { get; init; }

    /// <summary>The model's declination at the reference point, degrees east.</summary>
    public required double ModelDeclinationDegrees { get; init; }

    /// <summary>The declination applied to magnetic bearings: the record's stated value if it gives one, else the model's.</summary>
    public required double DeclinationDegrees { get; init; }

    /// <summary>The 1σ error of the applied declination in degrees (widened for an approximate date).</summary>
    public required double DeclinationSigmaDegrees { get; init; }

    /// <summary>The grid convergence γ of the plane at the reference point, degrees.</summary>
    public required double ConvergenceDegrees { get; init; }

    /// <summary>The bearing unit used (the record's, or the most plausible reading, flag F03).</summary>
    public required AngleUnit BearingUnit { get; init; }

    /// <summary>The bearing reference used (magnetic when the record does not say, flag F04).</summary>
    public required BearingReference BearingReference { get; init; }

    /// <summary>Every point: the record's, row ends given by bearing, and the mines.</summary>
    public required IReadOnlyList<DigitizedPoint> Points { get; init; }

    /// <summary>The rows.</summary>
    public required IReadOnlyList<DigitizedRow> Rows { get; init; }

    /// <summary>The closure of the perimeter, or <see langword="null"/> when the record measures no closing leg.</summary>
    public required TraverseClosure? Closure { get; init; }

    /// <summary>The perimeter in the plane (SRID of <see cref="Plane"/>), or <see langword="null"/> when the record has none.</summary>
    public required Polygon? PerimeterPlane { get; init; }

    /// <summary>The perimeter in EPSG:4326.</summary>
    public required Polygon? PerimeterWgs84 { get; init; }

    /// <summary>The perimeter in the UTM zone.</summary>
    public required Polygon? PerimeterUtm { get; init; }

    /// <summary>
    /// The uncertainty zone in EPSG:4326: the perimeter grown at each turning point by max(2 × its radial error, the
    /// misclosure), the spec's suggested hazard buffer; <see langword="null"/> without a perimeter.
    /// </summary>
    public required Polygon? UncertaintyZoneWgs84 { get; init; }

    /// <summary>The uncertainty zone in the UTM zone.</summary>
    public required Polygon? UncertaintyZoneUtm { get; init; }

    /// <summary>The consistency flags raised.</summary>
    public required IReadOnlyList<ConsistencyFlag> Flags { get; init; }

    /// <summary>The other readings computed because the record leaves them open (unit, reference), with how far they move the points.</summary>
    public required IReadOnlyList<AlternativeReading> Alternatives { get; init; }

    /// <summary>The perimeter's area in the UTM zone, in square metres (0 without a perimeter).</summary>
    public double AreaSquareMetres => PerimeterUtm?.Area ?? 0;

    /// <summary>The perimeter's area in the computation plane, in square metres (in a Gauss–Krüger plane about 0.07 % above the ground area here).</summary>
    public double PlaneAreaSquareMetres => PerimeterPlane?.Area ?? 0;

    /// <summary>The largest radial error of the perimeter's turning points (or of any point, without a perimeter), in metres.</summary>
    public double MaxRadialErrorMetres => (Record.Perimeter.Count > 0
        ? Points.Where(p => Record.Perimeter.Contains(p.Id, StringComparer.Ordinal))
        : Points).Select(p => p.Uncertainty.RadialMetres).DefaultIfEmpty(0).Max();
}
