using System.Text.Encodings.Web;
using System.Text.Json;
using Homeward.Domain;
using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Export;

/// <summary>
/// Writes a layer as one GeoJSON FeatureCollection (RFC 7946: EPSG:4326, longitude first), streamed with
/// <see cref="Utf8JsonWriter"/>. Coordinates keep every digit (the shortest text that reads back to the same double);
/// dates are <c>yyyy-MM-dd</c>; JSON columns are written as JSON values. Not thread-safe.
/// </summary>
public sealed class GeoJsonLayerWriter : ILayerWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ExportLayerSchema _schema;
    private readonly string _path;
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;
    private readonly JsonEncodedText[] _names;
    private bool _completed;

    /// <summary>Creates the file and writes the collection's header.</summary>
    /// <param name="path">The file, replaced if it exists.</param>
    /// <param name="schema">The layer.</param>
    /// <param name="foreignMembers">Extra top-level members (for example whether the file is public), as text.</param>
    public GeoJsonLayerWriter(string path, ExportLayerSchema schema, IReadOnlyList<KeyValuePair<string, string>>? foreignMembers = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _path = path;
        _names = [.. schema.Fields.Select(f => JsonEncodedText.Encode(f.Name))];
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_stream, Options);
        _json.WriteStartObject();
        _json.WriteString("type", "FeatureCollection");
        _json.WriteString("name", schema.Name);
        foreach (var (name, value) in foreignMembers ?? [])
        {
            _json.WriteString(name, value);
        }

        _json.WriteStartArray("features");
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Files => [_path];

    /// <inheritdoc/>
    public long Count { get; private set; }

    /// <inheritdoc/>
    public void Write(ExportFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        _json.WriteStartObject();
        _json.WriteString("type", "Feature");
        _json.WritePropertyName("geometry");
        if (feature.Geometry is { IsEmpty: false } geometry && _schema.Shape != GeometryShape.None)
        {
            WriteGeometry(_json, geometry);
        }
        else
        {
            _json.WriteNullValue();
        }

        _json.WriteStartObject("properties");
        for (var i = 0; i < _names.Length; i++)
        {
            _json.WritePropertyName(_names[i]);
            WriteValue(_json, _schema.Fields[i].Type, feature.Values[i]);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
        Count++;
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    /// <inheritdoc/>
    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _completed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
        if (!_completed)
        {
            File.Delete(_path);
        }
    }

    /// <summary>Writes a geometry as a GeoJSON geometry object.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="geometry">The geometry, EPSG:4326, two-dimensional.</param>
    internal static void WriteGeometry(Utf8JsonWriter json, Geometry geometry)
    {
        json.WriteStartObject();
        json.WriteString("type", geometry.GeometryType);
        if (geometry is GeometryCollection and not (MultiPoint or MultiLineString or MultiPolygon))
        {
            json.WriteStartArray("geometries");
            for (var i = 0; i < geometry.NumGeometries; i++)
            {
                WriteGeometry(json, geometry.GetGeometryN(i));
            }

            json.WriteEndArray();
        }
        else
        {
            json.WritePropertyName("coordinates");
            WriteCoordinates(json, geometry);
        }

        json.WriteEndObject();
    }

    private static void WriteCoordinates(Utf8JsonWriter json, Geometry geometry)
    {
        switch (geometry)
        {
            case Point point:
                WritePosition(json, point.CoordinateSequence, 0);
                break;
            case LineString line:
                WriteSequence(json, line.CoordinateSequence);
                break;
            case Polygon polygon:
                json.WriteStartArray();
                WriteSequence(json, polygon.ExteriorRing.CoordinateSequence);
                foreach (var hole in polygon.InteriorRings)
                {
                    WriteSequence(json, hole.CoordinateSequence);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStartArray();
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    WriteCoordinates(json, geometry.GetGeometryN(i));
                }

                json.WriteEndArray();
                break;
        }
    }

    private static void WriteSequence(Utf8JsonWriter json, CoordinateSequence sequence)
    {
        json.WriteStartArray();
        for (var i = 0; i < sequence.Count; i++)
        {
            WritePosition(json, sequence, i);
        }

        json.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter json, CoordinateSequence sequence, int index)
    {
        json.WriteStartArray();
        json.WriteNumberValue(sequence.GetX(index));
        json.WriteNumberValue(sequence.GetY(index));
        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, ExportFieldType type, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text when type == ExportFieldType.Json:
                json.WriteRawValue(text, skipInputValidation: true);
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case DateOnly day:
                json.WriteStringValue(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} value cannot be exported.", nameof(value));
        }
    }
}
