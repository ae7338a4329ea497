using Homeward.Geo;
using Homeward.Records.Format;
using Homeward.Records.Traverse;
using NetTopologySuite.Geometries;

namespace Homeward.Records.Output;

/// <summary>
/// The features of a digitized minefield, the same for every output format: the perimeter (a polygon), the uncertainty
/// zone (a polygon), the rows (lines) and every point (references, turning points, row markers and mines) with its
/// radial error. Thread-safe.
/// </summary>
public static class MinefieldFeatures
{
    /// <summary>The layer names, in the order features are listed.</summary>
    public static IReadOnlyList<string> Layers { get; } = ["perimeter", "uncertainty_zone", "rows", "points"];

    /// <summary>The features in WGS 84 (EPSG:4326, X = longitude, Y = latitude) or in the minefield's UTM zone (metres).</summary>
    /// <param name="minefield">The minefield.</param>
    /// <param name="utm">Whether UTM (<see cref="DigitizedMinefield.Utm"/>) rather than WGS 84.</param>
    /// <returns>The features, layer by layer.</returns>
    public static IReadOnlyList<MinefieldFeature> Of(DigitizedMinefield minefield, bool utm)
    {
        ArgumentNullException.ThrowIfNull(minefield);
        var factory = GeometryServices.ForSrid(utm ? minefield.Utm.Srid : GeometryServices.StorageSrid);
        var features = new List<MinefieldFeature>();
        if ((utm ? minefield.PerimeterUtm : minefield.PerimeterWgs84) is { } perimeter)
        {
            features.Add(new MinefieldFeature("perimeter", perimeter, Properties(
                ("recordId", minefield.Record.Id),
                ("areaSquareMetres", Math.Round(minefield.AreaSquareMetres, 1)),
                ("misclosureMetres", minefield.Closure is { } c ? Math.Round(c.LinearMetres, 3) : null),
                ("adjusted", minefield.Closure?.IsAdjusted is true ? 1 : 0),
                ("maxRadialErrorMetres", Math.Round(minefield.MaxRadialErrorMetres, 2)))));
        }

        if ((utm ? minefield.UncertaintyZoneUtm : minefield.UncertaintyZoneWgs84) is { } zone)
        {
            features.Add(new MinefieldFeature("uncertainty_zone", zone, Properties(
                ("recordId", minefield.Record.Id),
                ("description", "the perimeter grown at each turning point by max(2 × radial error, misclosure)"),
                ("areaSquareMetres", Math.Round(minefield.UncertaintyZoneUtm!.Area, 1)))));
        }

        foreach (var row in minefield.Rows)
        {
            features.Add(new MinefieldFeature("rows", utm ? row.LineUtm : row.LineWgs84, Properties(
                ("id", row.Id),
                ("mineType", row.MineType),
                ("count", row.Count),
                ("spacingMetres", row.SpacingMetres),
                ("lengthMetres", Math.Round(row.LengthMetres, 2)),
                ("spanMetres", Math.Round(row.SpanMetres, 2)))));
        }

        foreach (var point in minefield.Points)
        {
            var u = point.Uncertainty;
            features.Add(new MinefieldFeature("points",
                factory.CreatePoint(utm ? new Coordinate(point.UtmEast, point.UtmNorth) : new Coordinate(point.Longitude, point.Latitude)),
                Properties(
                    ("id", point.Id),
                    ("type", TypeName(point.Type)),
                    ("radialErrorMetres", Math.Round(u.RadialMetres, 2)),
                    ("referenceErrorMetres", Math.Round(u.ReferenceMetres, 2)),
                    ("instrumentErrorMetres", Math.Round(u.InstrumentMetres, 2)),
                    ("declinationErrorMetres", Math.Round(u.DeclinationMetres, 2)),
                    ("datumErrorMetres", Math.Round(u.DatumMetres, 2)),
                    ("planeEast", Math.Round(point.PlaneEast, 3)),
                    ("planeNorth", Math.Round(point.PlaneNorth, 3)))));
        }

        return features;
    }

    /// <summary>The record-format name of a point type (<c>turning</c>, <c>rowStart</c>, ...).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name.</returns>
    public static string TypeName(RecordPointType type) => type switch
    {
        RecordPointType.RowStart => "rowStart",
        RecordPointType.RowEnd => "rowEnd",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static KeyValuePair<string, object?>[] Properties(params (string Name, object? Value)[] properties) =>
        [.. properties.Select(p => KeyValuePair.Create(p.Name, p.Value))];
}
