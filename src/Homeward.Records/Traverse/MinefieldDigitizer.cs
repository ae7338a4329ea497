using System.Globalization;
using Homeward.Geo.Crs;
using Homeward.Records.Consistency;
using Homeward.Records.Format;
using Homeward.Records.Geomagnetism;
using Homeward.Records.Uncertainty;
using Homeward.Records.Units;
using NetTopologySuite.Geometries;

namespace Homeward.Records.Traverse;

/// <summary>
/// Computes a minefield record (spec sections 4 and 5): declination for its date and place, grid convergence, units,
/// the traverse with its closure and Bowditch adjustment, rows and mines, the propagated error of every point, the
/// uncertainty zone, and the consistency flags. Readings the record leaves open (bearing unit, magnetic or grid) are all
/// computed and compared.
/// </summary>
/// <remarks>Thread-safe: every call builds its own coordinate transformer.</remarks>
/// <param name="models">The geomagnetic models (see <see cref="GeomagneticModels.Load"/>).</param>
public sealed class MinefieldDigitizer(GeomagneticModels models)
{
    private readonly GeomagneticModels _models = models ?? throw new ArgumentNullException(nameof(models));

    /// <summary>Computes a record.</summary>
    /// <param name="record">The record, as read by <see cref="MinefieldRecordReader"/>.</param>
    /// <param name="options">How to compute it; <see cref="DigitizeOptions.Default"/> if <see langword="null"/>.</param>
    /// <returns>The minefield, or why the record was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public DigitizeResult Digitize(MinefieldRecord record, DigitizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        options ??= DigitizeOptions.Default;
        var flags = new List<ConsistencyFlag>();
        var errors = new List<RecordError>();
        var transformer = new CoordinateTransformer(options.Transformation);
        var placement = RecordPlacement.Resolve(record, transformer, flags, errors);
        if (placement is null)
        {
            return DigitizeResult.ForErrors(errors);
        }

        var magnetism = Declination(record, placement, options, flags, errors);
        var units = BearingUnits(record, errors);
        if (magnetism is null || errors.Count > 0)
        {
            return DigitizeResult.ForErrors(errors);
        }

        var (declination, modelDeclination, sigmaDeclination, year, model) = magnetism.Value;
        var convergence = GridConvergence.Degrees(placement.Plane, placement.LandmarkWgs84.Longitude, placement.LandmarkWgs84.Latitude);
        var references = record.BearingReference == BearingReference.Unknown ? [BearingReference.Magnetic, BearingReference.Grid] : new[] { record.BearingReference };
        var solve = (AngleUnit unit, BearingReference reference) => TraverseSolver.Solve(record, placement.Known,
            leg => Resolve(leg, record, unit, reference, declination - convergence, convergence, options.Uncertainty), options.Tolerances);
        var primary = solve(units[0], references[0]);
        if (primary.Errors.Count > 0)
        {
            return DigitizeResult.ForErrors(primary.Errors);
        }

        var alternatives = new List<AlternativeReading>();
        foreach (var unit in units.Skip(1))
        {
            alternatives.Add(Compare(primary, solve(unit, references[0]), $"bearings in {AngleUnits.NameOf(unit)}"));
        }

        foreach (var reference in references.Skip(1))
        {
            alternatives.Add(Compare(primary, solve(units[0], reference), $"bearings as {reference.ToString().ToLowerInvariant()}"));
        }

        UnitAndReferenceFlags(record, units, alternatives, options.Tolerances, flags);
        var datumMetres = !options.Uncertainty.IncludeDatum ? 0
            : !placement.CrsStated ? options.Uncertainty.UnstatedDatumMetres
            : placement.RecordCrs.Datum == GeodeticDatum.Pulkovo1942 ? options.Transformation.AccuracyMetres : 0;
        var output = new MinefieldOutputBuilder(record, placement, transformer, options.Uncertainty, sigmaDeclination, datumMetres);
        var points = primary.Nodes.Values.Select(output.Point).ToList();
        var rows = primary.Rows.Select(output.Row).ToList();
        points.AddRange(rows.SelectMany(r => r.Mines));
        points.AddRange(primary.Rows.Where(r => r.Row.End is null).Select(r => output.Point(r.End)));
        var perimeter = output.Perimeter(primary);
        ConsistencyChecks.Run(record, primary, perimeter.Plane, perimeter.Wgs84, placement, units[0], options, flags);
        var zone = output.UncertaintyZone(perimeter.Utm, points, primary.Closure?.LinearMetres ?? 0);

        return DigitizeResult.ForValue(new DigitizedMinefield
        {
            Record = record,
            RecordCrs = placement.RecordCrs,
            Plane = placement.Plane,
            Utm = placement.Utm,
            Transformation = placement.RecordCrs.Datum == GeodeticDatum.Pulkovo1942 ? options.Transformation : null,
            ReferencePointId = placement.Landmark.Id,
            DecimalYear = year,
            GeomagneticModel = model,
            ModelDeclinationDegrees = modelDeclination,
            DeclinationDegrees = declination,
            DeclinationSigmaDegrees = sigmaDeclination,
            ConvergenceDegrees = convergence,
            BearingUnit = units[0],
            BearingReference = references[0],
            Points = points,
            Rows = rows,
            Closure = primary.Closure,
            PerimeterPlane = perimeter.Plane,
            PerimeterWgs84 = perimeter.Wgs84,
            PerimeterUtm = perimeter.Utm,
            UncertaintyZoneUtm = zone,
            UncertaintyZoneWgs84 = zone is null ? null : (Polygon)transformer.Transform(zone, CoordinateReferenceSystem.Wgs84.Srid),
            Flags = [.. flags.OrderBy(f => f.Code, StringComparer.Ordinal)],
            Alternatives = alternatives,
        });
    }

    private static ResolvedLeg Resolve(RecordLeg leg, MinefieldRecord record, AngleUnit unit, BearingReference reference,
        double magneticToGridDegrees, double convergenceDegrees, UncertaintyOptions uncertainty)
    {
        var degrees = AngleUnits.ToDegrees(leg.Bearing.Value, leg.Bearing.Unit ?? unit);
        var used = leg.Bearing.Reference is { } own and not BearingReference.Unknown ? own : reference;

        // α_grid = Ам + δ − γ for magnetic, α_true − γ for true, unchanged for grid (spec 2.3).
        var grid = used switch
        {
            BearingReference.Magnetic => degrees + magneticToGridDegrees,
            BearingReference.True => degrees - convergenceDegrees,
            _ => degrees,
        };
        var distanceUnit = leg.Distance.Unit ?? record.DistanceUnit;
        var metres = DistanceUnits.ToMetres(leg.Distance.Value, distanceUnit, record.PaceLengthMetres);
        var paced = DistanceUnits.IsPaced(distanceUnit);
        return new ResolvedLeg(leg, grid * Math.PI / 180, metres, uncertainty.BearingDegrees * Math.PI / 180,
            metres * (paced ? uncertainty.PacedDistanceFraction : uncertainty.TapedDistanceFraction), used == BearingReference.Magnetic, paced);
    }

    private (double Applied, double Model, double Sigma, double Year, string ModelName)? Declination(MinefieldRecord record, RecordPlacement placement,
        DigitizeOptions options, List<ConsistencyFlag> flags, List<RecordError> errors)
    {
        var tolerances = options.Tolerances;
        var (from, to) = record.LaidFrom is { } f ? (f, record.LaidTo ?? f) : (tolerances.AssumedPeriodStart, tolerances.AssumedPeriodEnd);
        var (first, last) = (GeomagneticModels.DecimalYear(from), GeomagneticModels.DecimalYear(to));
        var year = (first + last) / 2;
        var (lon, lat) = placement.LandmarkWgs84;
        var height = options.HeightMetres / 1000;
        double model, spread;
        string name;
        try
        {
            (model, var used) = _models.Declination(lat, lon, height, year);
            name = used.Name;
            spread = Math.Abs(_models.Declination(lat, lon, height, last).DeclinationDegrees - _models.Declination(lat, lon, height, first).DeclinationDegrees);
        }
        catch (ArgumentOutOfRangeException)
        {
            errors.Add(new RecordError("date", record.LaidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "no shipped geomagnetic model covers this date: IGRF-14 covers 1900–2025 and WMM2025 2025–2030."));
            return null;
        }

        // An uncertain date widens the declination's error by the spread of D over the range (as a uniform distribution).
        var u = options.Uncertainty;
        var sigma = Math.Sqrt(u.DeclinationDegrees * u.DeclinationDegrees + u.LocalAnomalyDegrees * u.LocalAnomalyDegrees + spread * spread / 12);
        if (record.IsDateApproximate)
        {
            flags.Add(new ConsistencyFlag("F12", FlagSeverity.Info, "date", string.Create(CultureInfo.InvariantCulture,
                $"{(record.LaidFrom is null ? "the record gives no date; the period" : "the date is approximate; the range")} " +
                $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd} was assumed, its middle ({year:0.00}) used, and the declination's error widened to {sigma:0.00}°.")));
        }

        var applied = model;
        if (record.StatedDeclinationDegrees is { } stated)
        {
            // What the author applied in the field is what reconstructs the bearings (spec 4.3, step 4).
            applied = stated;
            var difference = Math.Abs(stated - model);
            if (difference > tolerances.DeclinationDifferenceDegrees)
            {
                flags.Add(new ConsistencyFlag("F11", FlagSeverity.Warning, "declinationDegrees", string.Create(CultureInfo.InvariantCulture,
                    $"the record states a declination of {stated:0.00}°, {difference:0.00}° from {name}'s {model:0.00}°; the stated value was applied."),
                    difference, tolerances.DeclinationDifferenceDegrees));
            }
        }

        return (applied, model, sigma, year, name);
    }

    private static List<AngleUnit> BearingUnits(MinefieldRecord record, List<RecordError> errors)
    {
        var bearings = record.Points.SelectMany(p => new[] { (p.Field, Name: "bearing", p.Leg?.Bearing), (p.Field, Name: "backBearing", p.Leg?.BackBearing) })
            .Concat(record.Legs.SelectMany(l => new[] { (l.Field, Name: "bearing", (RecordBearing?)l.Bearing), (l.Field, Name: "backBearing", l.BackBearing) }))
            .Concat(record.Rows.Select(r => (r.Field, Name: "bearing", r.Bearing)))
            .Where(b => b.Item3 is not null)
            .Select(b => (Field: $"{b.Field}.{b.Name}", Bearing: b.Item3!))
            .ToList();
        foreach (var (field, bearing) in bearings.Where(b => (b.Bearing.Unit ?? record.BearingUnit) is not null))
        {
            var unit = (bearing.Unit ?? record.BearingUnit)!.Value;
            if (bearing.Value > AngleUnits.FullCircle(unit))
            {
                errors.Add(new RecordError(field, bearing.Text, string.Create(CultureInfo.InvariantCulture,
                    $"beyond the full circle of {AngleUnits.FullCircle(unit):0} {AngleUnits.NameOf(unit)} (F16).")));
            }
        }

        if (record.BearingUnit is { } stated)
        {
            return [stated];
        }

        // Spec 2.1: "XX-YY" means 6000 mils; a value above a unit's circle rules that unit out; small values are degrees.
        if (bearings.Any(b => b.Bearing.IsPairNotation))
        {
            return [AngleUnit.Mil6000];
        }

        var open = bearings.Where(b => b.Bearing.Unit is null).ToList();
        var largest = open.Select(b => b.Bearing.Value).DefaultIfEmpty(0).Max();
        var candidates = AngleUnits.Names.Select(n => n.Unit).Where(u => u != AngleUnit.Grad && largest <= AngleUnits.FullCircle(u)).ToList();
        if (candidates.Count == 0)
        {
            var (field, bearing) = open.MaxBy(b => b.Bearing.Value);
            errors.Add(new RecordError(field, bearing.Text, "larger than a full circle in every unit (F16): no bearing unit fits it."));
            return [AngleUnit.Degree];
        }

        var preferred = largest > 360 ? AngleUnit.Mil6000 : AngleUnit.Degree;
        return [.. candidates.OrderBy(u => u == preferred ? 0 : 1)];
    }

    private static void UnitAndReferenceFlags(MinefieldRecord record, List<AngleUnit> units, List<AlternativeReading> alternatives,
        ConsistencyTolerances tolerances, List<ConsistencyFlag> flags)
    {
        var byUnit = alternatives.Where(a => a.Description.StartsWith("bearings in", StringComparison.Ordinal)).ToList();
        if (byUnit.Count > 0)
        {
            var worst = byUnit.MaxBy(a => a.MaxDisplacementMetres)!;
            flags.Add(new ConsistencyFlag("F03", worst.MaxDisplacementMetres > tolerances.UnitAmbiguityMetres ? FlagSeverity.Warning : FlagSeverity.Info,
                "bearingUnit", Invariant.Text(
                    $"the record does not name its bearing unit; read as {AngleUnits.NameOf(units[0])}. Read as ",
                    $"{string.Join(", ", byUnit.Select(a => Invariant.Text($"{a.Description[12..]} {a.PointId} moves {a.MaxDisplacementMetres:0.0} m")))}."),
                worst.MaxDisplacementMetres, tolerances.UnitAmbiguityMetres));
        }

        if (alternatives.FirstOrDefault(a => a.Description == "bearings as grid") is { } grid && record.BearingReference == BearingReference.Unknown)
        {
            flags.Add(new ConsistencyFlag("F04", FlagSeverity.Warning, "bearingReference", string.Create(CultureInfo.InvariantCulture,
                $"the record does not say whether its bearings are magnetic or grid; computed as magnetic. As grid bearings the points land up to " +
                $"{grid.MaxDisplacementMetres:0.0} m away ({grid.PointId})."), grid.MaxDisplacementMetres));
        }
    }

    private static AlternativeReading Compare(TraverseSolution primary, TraverseSolution other, string description)
    {
        var (id, distance) = primary.Nodes.Values
            .Where(n => other.Nodes.ContainsKey(n.Id))
            .Select(n => (n.Id, Distance: Math.Sqrt(Math.Pow(n.East - other.Nodes[n.Id].East, 2) + Math.Pow(n.North - other.Nodes[n.Id].North, 2))))
            .MaxBy(x => x.Distance);
        return new AlternativeReading(description, distance, id ?? string.Empty);
    }
}
