using System.Globalization;
using System.Text.Json;
using Homeward.Geo;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Homeward.Exchange.Import;

/// <summary>
/// Reads a GeoJSON FeatureCollection one feature at a time: a <see cref="Utf8JsonReader"/> walks a rolling buffer over
/// the file, and only the feature in hand is parsed, so memory holds one feature however large the file. A 2008-style
/// <c>crs</c> member before the features (as GDAL writes for projected data) is honoured; without one the file is
/// EPSG:4326, as RFC 7946 says.
/// </summary>
public sealed class GeoJsonSourceReader : SourceReader
{
    private const int InitialBufferBytes = 64 * 1024;
    private const int MaximumFeatureBytes = 256 * 1024 * 1024;

    private readonly FileStream _stream;
    private byte[] _buffer = new byte[InitialBufferBytes];
    private int _start;
    private int _end;
    private bool _eof;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
    private Phase _phase = Phase.Start;
    private JsonSerializerOptions? _geometryOptions;
    private long _featureStartByte;

    /// <summary>Opens a GeoJSON file.</summary>
    /// <param name="path">The file.</param>
    public GeoJsonSourceReader(string path)
        : base(path)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    }

    private enum Phase
    {
        Start,
        Root,
        Features,
        Done,
    }

    /// <inheritdoc/>
    public override SourceFormat Format => SourceFormat.GeoJson;

    /// <inheritdoc/>
    public override double Progress => _stream.Length == 0 ? 1 : Math.Min(1, (double)BytesConsumed / _stream.Length);

    /// <summary>The largest the rolling buffer has grown, in bytes: about the largest feature, never the file.</summary>
    public int BufferBytes => _buffer.Length;

    private long BytesConsumed => _stream.Position - (_end - _start);

    /// <inheritdoc/>
    public override IEnumerable<SourceRecord> ReadRecords()
    {
        long number = 0;
        while (true)
        {
            ReadOnlyMemory<byte> feature;
            try
            {
                if (!TryNextFeature(out feature))
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is JsonException or IOException or InvalidOperationException)
            {
                Fail(string.Create(CultureInfo.InvariantCulture,
                    $"not valid GeoJSON after feature {number} (near byte {BytesConsumed}): {ex.Message}"));
                yield break;
            }

            number++;
            yield return ParseFeature(number, feature);
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool TryNextFeature(out ReadOnlyMemory<byte> feature)
    {
        feature = default;
        while (_phase != Phase.Done)
        {
            if (TryStep(out feature, out var needMore))
            {
                return true;
            }

            if (needMore && !Fill())
            {
                if (_phase != Phase.Done)
                {
                    throw new JsonException(_phase == Phase.Start ? "the file is empty." : "the file ends before the FeatureCollection does (truncated?).");
                }
            }
        }

        return false;
    }

    /// <summary>Reads tokens from the buffer until a whole feature is in it, or more bytes are needed.</summary>
    private bool TryStep(out ReadOnlyMemory<byte> feature, out bool needMore)
    {
        feature = default;
        needMore = false;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
        while (true)
        {
            var before = reader.CurrentState;
            var consumedBefore = (int)reader.BytesConsumed;
            if (!reader.Read())
            {
                Commit(ref reader);
                needMore = true;
                return false;
            }

            switch (_phase)
            {
                case Phase.Start:
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new JsonException("a GeoJSON file is an object (a FeatureCollection).");
                    }

                    _phase = Phase.Root;
                    break;
                case Phase.Root when reader.TokenType == JsonTokenType.EndObject:
                    _phase = Phase.Done;
                    Commit(ref reader);
                    return false;
                case Phase.Root when reader.TokenType == JsonTokenType.PropertyName:
                    var name = reader.GetString();
                    if (name == "features")
                    {
                        if (!reader.Read())
                        {
                            Restore(before, consumedBefore);
                            needMore = true;
                            return false;
                        }

                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            throw new JsonException("'features' must be an array.");
                        }

                        _phase = Phase.Features;
                        break;
                    }

                    var valueStart = (int)reader.BytesConsumed;
                    if (!reader.TrySkip())
                    {
                        Restore(before, consumedBefore);
                        needMore = true;
                        return false;
                    }

                    var value = _buffer.AsSpan(_start + valueStart, (int)reader.BytesConsumed - valueStart);
                    RootMember(name, value);
                    break;
                case Phase.Features when reader.TokenType == JsonTokenType.EndArray:
                    _phase = Phase.Root;
                    break;
                case Phase.Features:
                    var featureStart = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        Restore(before, consumedBefore);
                        needMore = true;
                        return false;
                    }

                    var length = (int)reader.BytesConsumed - featureStart;
                    feature = _buffer.AsMemory(_start + featureStart, length);
                    _featureStartByte = BytesConsumed + featureStart;
                    Commit(ref reader);
                    return true;
                default:
                    throw new JsonException($"unexpected {reader.TokenType} in the FeatureCollection.");
            }
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _state = reader.CurrentState;
        _start += (int)reader.BytesConsumed;
    }

    private void Restore(JsonReaderState state, int consumed)
    {
        _state = state;
        _start += consumed;
    }

    /// <summary>Moves the unread bytes to the front and reads more; grows the buffer when one value fills it.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        var unread = _end - _start;
        if (unread > _buffer.Length / 2)
        {
            if (_buffer.Length >= MaximumFeatureBytes)
            {
                throw new JsonException(string.Create(CultureInfo.InvariantCulture,
                    $"a single value is larger than {MaximumFeatureBytes / 1024 / 1024} MB; Homeward reads one feature at a time."));
            }

            var larger = new byte[_buffer.Length * 2];
            _buffer.AsSpan(_start, unread).CopyTo(larger);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan(_start, unread).CopyTo(_buffer);
        }

        _start = 0;
        _end = unread;
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _eof = read == 0;
        return true;
    }

    private void RootMember(string? name, ReadOnlySpan<byte> value)
    {
        if (name == "type")
        {
            var reader = new Utf8JsonReader(value);
            if (reader.Read() && (reader.TokenType != JsonTokenType.String || reader.GetString() != "FeatureCollection"))
            {
                throw new JsonException("a GeoJSON import file is a FeatureCollection.");
            }
        }
        else if (name == "crs")
        {
            using var document = JsonDocument.Parse(value.ToArray());
            var crsName = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            if (crsName is not null)
            {
                if (CrsNames.TryParseUrn(crsName, out var srid))
                {
                    DeclaredSrid = srid;
                }
                else
                {
                    UnknownCrs = crsName;
                }
            }
        }
    }

    private SourceRecord ParseFeature(long number, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return ParseFeatureOrThrow(number, bytes);
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json checks UTF-8 only when a string is read: text that is not UTF-8 surfaces here.
            return new SourceRecord(number, new Dictionary<string, object?>(StringComparer.Ordinal), null) { GeometryProblem = $"the feature cannot be read: {ex.Message}" };
        }
    }

    private SourceRecord ParseFeatureOrThrow(long number, ReadOnlyMemory<byte> bytes)
    {
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            return new SourceRecord(number, attributes, null) { GeometryProblem = $"not valid JSON: {ex.Message}" };
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != "Feature")
            {
                return new SourceRecord(number, attributes, null) { GeometryProblem = "not a GeoJSON Feature." };
            }

            if (root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    SeeColumn(property.Name);
                    attributes[property.Name] = ValueOf(property.Value);
                }
            }

            if (!root.TryGetProperty("geometry", out var geometryElement) || geometryElement.ValueKind == JsonValueKind.Null)
            {
                return new SourceRecord(number, attributes, null);
            }

            try
            {
                var geometry = geometryElement.Deserialize<Geometry>(GeometryOptions());
                return new SourceRecord(number, attributes, geometry);
            }
            catch (Exception ex) when (IsDamage(ex))
            {
                return new SourceRecord(number, attributes, null) { GeometryProblem = $"not a valid GeoJSON geometry: {ex.Message}" };
            }
        }
    }

    private JsonSerializerOptions GeometryOptions()
    {
        if (_geometryOptions is null)
        {
            _geometryOptions = new JsonSerializerOptions();
            _geometryOptions.Converters.Add(new GeoJsonConverterFactory(GeometryServices.ForSrid(DeclaredSrid ?? GeometryServices.StorageSrid)));
        }

        return _geometryOptions;
    }

    internal static object? ValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? (object)l : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
