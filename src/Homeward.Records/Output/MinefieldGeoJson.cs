using System.Globalization;
using System.Text;
using System.Text.Json;
using Homeward.Records.Traverse;
using Homeward.Records.Units;
using NetTopologySuite.Geometries;

namespace Homeward.Records.Output;

/// <summary>
/// Writes a digitized minefield as a GeoJSON FeatureCollection: the perimeter as a Polygon, the uncertainty zone as a
/// Polygon, rows as LineStrings, points as Points with <c>radialErrorMetres</c>; the collection's properties hold the
/// misclosure, the flags raised and how the record was computed. Thread-safe.
/// </summary>
public static class MinefieldGeoJson
{
    /// <summary>Writes the GeoJSON text.</summary>
    /// <param name="minefield">The minefield.</param>
    /// <param name="utm">
    /// Whether to write UTM coordinates (metres, with the pre-RFC 7946 <c>crs</c> member GDAL and QGIS read) instead of
    /// WGS 84 longitude and latitude (RFC 7946, the default).
    /// </param>
    /// <returns>The text, UTF-8 JSON, indented.</returns>
    public static string Write(DigitizedMinefield minefield, bool utm = false)
    {
        ArgumentNullException.ThrowIfNull(minefield);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            if (utm)
            {
                json.WriteStartObject("crs");
                json.WriteString("type", "name");
                json.WriteStartObject("properties");
                json.WriteString("name", string.Create(CultureInfo.InvariantCulture, $"urn:ogc:def:crs:EPSG::{minefield.Utm.Srid}"));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteStartObject("properties");
            WriteCollectionProperties(json, minefield, utm);
            json.WriteEndObject();
            json.WriteStartArray("features");
            foreach (var feature in MinefieldFeatures.Of(minefield, utm))
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                json.WriteString("layer", feature.Layer);
                foreach (var (name, value) in feature.Properties)
                {
                    WriteValue(json, name, value);
                }

                json.WriteEndObject();
                json.WritePropertyName("geometry");
                WriteGeometry(json, feature.Geometry, utm ? 3 : 8);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteCollectionProperties(Utf8JsonWriter json, DigitizedMinefield m, bool utm)
    {
        json.WriteString("recordId", m.Record.Id);
        json.WriteString("crs", string.Create(CultureInfo.InvariantCulture, $"EPSG:{(utm ? m.Utm.Srid : 4326)}"));
        json.WriteString("recordCrs", string.Create(CultureInfo.InvariantCulture, $"EPSG:{m.RecordCrs.Srid}"));
        json.WriteString("computationPlane", string.Create(CultureInfo.InvariantCulture, $"EPSG:{m.Plane.Srid}"));
        if (m.Transformation is { } t)
        {
            json.WriteString("datumTransformation", string.Create(CultureInfo.InvariantCulture, $"EPSG:{t.EpsgCode}"));
        }

        WriteValue(json, "misclosureMetres", m.Closure is { } c ? Math.Round(c.LinearMetres, 3) : null);
        WriteValue(json, "relativePrecision", m.Closure is { } r && !double.IsInfinity(r.RelativePrecision) ? Math.Round(r.RelativePrecision) : null);
        json.WriteBoolean("adjusted", m.Closure?.IsAdjusted is true);
        json.WriteNumber("areaSquareMetres", Math.Round(m.AreaSquareMetres, 1));
        json.WriteNumber("maxRadialErrorMetres", Math.Round(m.MaxRadialErrorMetres, 2));
        json.WriteString("geomagneticModel", m.GeomagneticModel);
        json.WriteNumber("decimalYear", Math.Round(m.DecimalYear, 4));
        json.WriteNumber("declinationDegrees", Math.Round(m.DeclinationDegrees, 4));
        json.WriteNumber("modelDeclinationDegrees", Math.Round(m.ModelDeclinationDegrees, 4));
        json.WriteNumber("convergenceDegrees", Math.Round(m.ConvergenceDegrees, 6));
        json.WriteString("bearingUnit", AngleUnits.NameOf(m.BearingUnit));
        json.WriteString("bearingReference", m.BearingReference.ToString().ToLowerInvariant());
        json.WriteStartArray("flags");
        foreach (var flag in m.Flags)
        {
            json.WriteStartObject();
            json.WriteString("code", flag.Code);
            json.WriteString("severity", flag.Severity.ToString().ToLowerInvariant());
            json.WriteString("subject", flag.Subject);
            json.WriteString("message", flag.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("alternatives");
        foreach (var alternative in m.Alternatives)
        {
            json.WriteStartObject();
            json.WriteString("reading", alternative.Description);
            json.WriteNumber("maxDisplacementMetres", Math.Round(alternative.MaxDisplacementMetres, 2));
            json.WriteString("pointId", alternative.PointId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string s:
                json.WriteString(name, s);
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            case double d:
                json.WriteNumber(name, d);
                break;
            default:
                json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteGeometry(Utf8JsonWriter json, Geometry geometry, int digits)
    {
        json.WriteStartObject();
        switch (geometry)
        {
            case Point point:
                json.WriteString("type", "Point");
                json.WritePropertyName("coordinates");
                WritePosition(json, point.Coordinate, digits);
                break;
            case LineString line:
                json.WriteString("type", "LineString");
                json.WritePropertyName("coordinates");
                WritePositions(json, line.Coordinates, digits);
                break;
            case Polygon polygon:
                json.WriteString("type", "Polygon");
                json.WriteStartArray("coordinates");

                // RFC 7946: exterior rings counter-clockwise, holes clockwise.
                WritePositions(json, Oriented(polygon.Shell.Coordinates, counterClockwise: true), digits);
                foreach (var hole in polygon.Holes)
                {
                    WritePositions(json, Oriented(hole.Coordinates, counterClockwise: false), digits);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A minefield has no {geometry.GeometryType} geometries.", nameof(geometry));
        }

        json.WriteEndObject();
    }

    private static Coordinate[] Oriented(Coordinate[] ring, bool counterClockwise) =>
        NetTopologySuite.Algorithm.Orientation.IsCCW(ring) == counterClockwise ? ring : [.. ring.Reverse()];

    private static void WritePositions(Utf8JsonWriter json, Coordinate[] coordinates, int digits)
    {
        json.WriteStartArray();
        foreach (var c in coordinates)
        {
            WritePosition(json, c, digits);
        }

        json.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter json, Coordinate c, int digits)
    {
        json.WriteStartArray();
        json.WriteNumberValue(Math.Round(c.X, digits));
        json.WriteNumberValue(Math.Round(c.Y, digits));
        json.WriteEndArray();
    }
}
