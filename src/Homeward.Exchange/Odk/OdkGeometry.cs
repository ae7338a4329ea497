using System.Globalization;
using Homeward.Geo;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Odk;

/// <summary>
/// ODK's text encodings of geometry (XForms spec, data types): a geopoint is <c>latitude longitude [altitude [accuracy]]</c>
/// (latitude first), a geotrace two or more geopoints separated by <c>;</c>, a geoshape a closed ring of them (the last point
/// equals the first). The result is in EPSG:4326 with X = longitude, Y = latitude. Thread-safe.
/// </summary>
public static class OdkGeometry
{
    /// <summary>Parses a value of an XLSForm geo question.</summary>
    /// <param name="type">The question type: <c>geopoint</c>, <c>geotrace</c> or <c>geoshape</c>.</param>
    /// <param name="text">The value.</param>
    /// <param name="geometry">The geometry: a Point, LineString or Polygon.</param>
    /// <param name="worstAccuracyMetres">The largest accuracy any point reports, or <see langword="null"/> when none does.</param>
    /// <returns>Why the value is not a geometry of that type, or <see langword="null"/> when it is.</returns>
    public static string? TryParse(string type, string text, out Geometry? geometry, out double? worstAccuracyMetres)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(text);
        geometry = null;
        worstAccuracyMetres = null;
        var parts = text.Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length > 0 && parts[^1].Length == 0)
        {
            parts = parts[..^1]; // Some clients end the list with a ';'.
        }

        var coordinates = new List<Coordinate>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var error = TryPoint(parts[i], out var c, out var accuracy);
            if (error is not null)
            {
                return parts.Length == 1 ? error : string.Create(CultureInfo.InvariantCulture, $"point {i + 1}: {error}");
            }

            coordinates.Add(c);
            if (accuracy is { } a && (worstAccuracyMetres is null || a > worstAccuracyMetres))
            {
                worstAccuracyMetres = a;
            }
        }

        var factory = GeometryServices.Wgs84;
        switch (type)
        {
            case "geopoint" when coordinates.Count == 1:
                geometry = factory.CreatePoint(coordinates[0]);
                return null;
            case "geopoint":
                return "a geopoint is one point 'latitude longitude altitude accuracy'.";
            case "geotrace" when coordinates.Count >= 2:
                geometry = factory.CreateLineString([.. coordinates]);
                return null;
            case "geotrace":
                return "a geotrace needs at least 2 points separated by ';'.";
            case "geoshape" when coordinates.Count >= 4 && coordinates[0].Equals2D(coordinates[^1]):
                geometry = factory.CreatePolygon([.. coordinates]);
                return null;
            case "geoshape" when coordinates.Count >= 2 && !coordinates[0].Equals2D(coordinates[^1]):
                return "a geoshape must end where it starts (its last point equals its first).";
            case "geoshape":
                return "a geoshape needs at least 3 distinct points and the first repeated at the end.";
            default:
                return $"'{type}' is not a geo question type.";
        }
    }

    /// <summary>Writes a geometry in ODK's text encoding (latitude first, altitude and accuracy 0).</summary>
    /// <param name="geometry">A point, line string or polygon (its shell) in EPSG:4326.</param>
    /// <returns>The text.</returns>
    public static string Format(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var coordinates = geometry is Polygon p ? p.Shell.Coordinates : geometry.Coordinates;
        return string.Join(';', coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Y:R} {c.X:R} 0 0")));
    }

    private static string? TryPoint(string text, out Coordinate coordinate, out double? accuracy)
    {
        coordinate = new Coordinate();
        accuracy = null;
        var numbers = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (numbers.Length is < 2 or > 4)
        {
            return $"'{text}' is not 'latitude longitude altitude accuracy'.";
        }

        var values = new double[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!double.TryParse(numbers[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return $"'{numbers[i]}' in '{text}' is not a finite number.";
            }
        }

        var (lat, lon) = (values[0], values[1]);
        if (lat is < -90 or > 90)
        {
            return string.Create(CultureInfo.InvariantCulture, $"latitude {lat} in '{text}' is outside -90..90 (ODK writes latitude first).");
        }

        if (lon is < -180 or > 180)
        {
            return string.Create(CultureInfo.InvariantCulture, $"longitude {lon} in '{text}' is outside -180..180.");
        }

        coordinate = new Coordinate(lon, lat);
        accuracy = values.Length == 4 ? values[3] : null;
        return accuracy < 0 ? $"the accuracy in '{text}' is negative." : null;
    }
}
