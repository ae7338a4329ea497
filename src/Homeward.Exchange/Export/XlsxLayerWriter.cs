using Homeward.Domain;
using Homeward.Exchange.Spreadsheets;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Exchange.Export;

/// <summary>
/// Writes a layer as an Excel workbook with one sheet: a header row, then one row per feature with typed cells (numbers
/// as numbers, dates as dates formatted <c>yyyy-mm-dd</c>, booleans as booleans, text as inline strings). A layer with
/// geometry starts with a <c>WKT</c> column (EPSG:4326) and a point layer adds <c>lon</c> and <c>lat</c>. A cell holds at
/// most 32,767 characters: a longer WKT is left out (the cell stays empty) and counted in <see cref="GeometriesTooLong"/>,
/// and a longer text is cut. Rows are streamed into the file by <see cref="XlsxWorkbookWriter"/>, in constant memory.
/// Not thread-safe.
/// </summary>
public sealed class XlsxLayerWriter : ILayerWriter
{
    private readonly ExportLayerSchema _schema;
    private readonly string _path;
    private readonly XlsxWorkbookWriter _workbook;
    private readonly WKTWriter _wkt = new(2) { MaxCoordinatesPerLine = int.MaxValue };
    private bool _completed;

    /// <summary>Creates the workbook and writes the header row.</summary>
    /// <param name="path">The file, replaced if it exists.</param>
    /// <param name="schema">The layer.</param>
    public XlsxLayerWriter(string path, ExportLayerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _path = path;
        _workbook = XlsxWorkbookWriter.Create(path);
        _workbook.AddSheet(schema.Name);
        IEnumerable<string> geometryColumns = schema.Shape switch
        {
            GeometryShape.None => [],
            GeometryShape.Point => ["WKT", "lon", "lat"],
            _ => ["WKT"],
        };
        _workbook.WriteTextRow(geometryColumns.Concat(schema.Fields.Select(f => f.Name)));
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Files => [_path];

    /// <inheritdoc/>
    public long Count { get; private set; }

    /// <summary>The features whose WKT was too long for a cell and was left out.</summary>
    public long GeometriesTooLong { get; private set; }

    /// <inheritdoc/>
    public void Write(ExportFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        _workbook.StartRow();
        var geometry = feature.Geometry is { IsEmpty: false } g ? g : null;
        if (_schema.Shape != GeometryShape.None)
        {
            var wkt = geometry is null ? null : _wkt.Write(geometry);
            if (wkt is { Length: > XlsxWorkbookWriter.MaxCellLength })
            {
                GeometriesTooLong++;
                wkt = null;
            }

            Text(wkt);
        }

        if (_schema.Shape == GeometryShape.Point)
        {
            Number((geometry as Point)?.X);
            Number((geometry as Point)?.Y);
        }

        for (var i = 0; i < _schema.Fields.Count; i++)
        {
            switch (feature.Values[i])
            {
                case null:
                    _workbook.WriteEmpty();
                    break;
                case string text:
                    _workbook.WriteText(text);
                    break;
                case long number:
                    _workbook.WriteNumber(number);
                    break;
                case double number:
                    Number(number);
                    break;
                case bool flag:
                    _workbook.WriteBoolean(flag);
                    break;
                case DateOnly day:
                    _workbook.WriteDate(day);
                    break;
                case var value:
                    throw new ArgumentException($"A {value.GetType().Name} value cannot be exported.", nameof(feature));
            }
        }

        _workbook.EndRow();
        Count++;
    }

    /// <inheritdoc/>
    public void Complete()
    {
        _workbook.Complete();
        _completed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_completed)
        {
            _workbook.Dispose();
            File.Delete(_path);
        }
    }

    private void Text(string? text)
    {
        if (text is null)
        {
            _workbook.WriteEmpty();
        }
        else
        {
            _workbook.WriteText(text);
        }
    }

    // A cell cannot hold NaN or an infinity: those are left empty, like a missing value.
    private void Number(double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            _workbook.WriteNumber(number);
        }
        else
        {
            _workbook.WriteEmpty();
        }
    }
}
