using System.Globalization;
using System.Text;
using Homeward.Domain;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Exchange.Export;

/// <summary>
/// Writes a layer as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line
/// break), UTF-8 without a byte-order mark. A layer with geometry starts with a <c>WKT</c> column (EPSG:4326, longitude
/// first; GDAL reads it as the geometry), and a point layer adds <c>lon</c> and <c>lat</c>. Numbers are invariant with
/// every digit, dates <c>yyyy-MM-dd</c>, booleans <c>true</c>/<c>false</c>, empty fields null. Not thread-safe.
/// </summary>
public sealed class CsvLayerWriter : ILayerWriter
{
    private readonly ExportLayerSchema _schema;
    private readonly string _path;
    private readonly StreamWriter _writer;
    private readonly WKTWriter _wkt = new(2) { MaxCoordinatesPerLine = int.MaxValue };
    private readonly char[] _number = new char[32];
    private bool _completed;

    /// <summary>Creates the file and writes the header row.</summary>
    /// <param name="path">The file, replaced if it exists.</param>
    /// <param name="schema">The layer.</param>
    public CsvLayerWriter(string path, ExportLayerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _path = path;
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        var header = new List<string>();
        if (schema.Shape != GeometryShape.None)
        {
            header.Add("WKT");
        }

        if (schema.Shape == GeometryShape.Point)
        {
            header.AddRange(["lon", "lat"]);
        }

        header.AddRange(schema.Fields.Select(f => f.Name));
        for (var i = 0; i < header.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            WriteText(header[i]);
        }

        _writer.Write("\r\n");
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Files => [_path];

    /// <inheritdoc/>
    public long Count { get; private set; }

    /// <inheritdoc/>
    public void Write(ExportFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var first = true;
        var geometry = feature.Geometry is { IsEmpty: false } g ? g : null;
        if (_schema.Shape != GeometryShape.None)
        {
            if (geometry is Point point)
            {
                _writer.Write("POINT (");
                WriteNumber(point.X);
                _writer.Write(' ');
                WriteNumber(point.Y);
                _writer.Write(')');
            }
            else if (geometry is not null)
            {
                _writer.Write('"');
                _writer.Write(_wkt.Write(geometry));
                _writer.Write('"');
            }

            first = false;
        }

        if (_schema.Shape == GeometryShape.Point)
        {
            _writer.Write(',');
            if (geometry is Point point)
            {
                WriteNumber(point.X);
                _writer.Write(',');
                WriteNumber(point.Y);
            }
            else
            {
                _writer.Write(',');
            }
        }

        for (var i = 0; i < _schema.Fields.Count; i++)
        {
            if (!first)
            {
                _writer.Write(',');
            }

            first = false;
            switch (feature.Values[i])
            {
                case null:
                    break;
                case string text:
                    WriteText(text);
                    break;
                case long number:
                    _writer.Write(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case double number:
                    WriteNumber(number);
                    break;
                case bool flag:
                    _writer.Write(flag ? "true" : "false");
                    break;
                case DateOnly day:
                    _writer.Write(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case var value:
                    throw new ArgumentException($"A {value.GetType().Name} value cannot be exported.", nameof(feature));
            }
        }

        _writer.Write("\r\n");
        Count++;
    }

    /// <inheritdoc/>
    public void Complete()
    {
        _writer.Flush();
        _completed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer.Dispose();
        if (!_completed)
        {
            File.Delete(_path);
        }
    }

    private void WriteNumber(double value)
    {
        // The shortest text that reads back to the same double.
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _writer.Write(_number, 0, written);
    }

    private void WriteText(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(text);
            return;
        }

        _writer.Write('"');
        _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
