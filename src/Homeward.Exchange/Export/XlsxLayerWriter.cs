using System.Globalization;
using System.Security;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Homeward.Domain;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Homeward.Exchange.Export;

/// <summary>
/// Writes a layer as an Excel workbook with one sheet: a header row, then one row per feature with typed cells (numbers
/// as numbers, dates as dates formatted <c>yyyy-mm-dd</c>, booleans as booleans, text as inline strings). A layer with
/// geometry starts with a <c>WKT</c> column (EPSG:4326) and a point layer adds <c>lon</c> and <c>lat</c>. A cell holds at
/// most 32,767 characters: a longer WKT is left out (the cell stays empty) and counted in <see cref="GeometriesTooLong"/>.
/// The Open XML SDK builds the package; the sheet is streamed into it with an <see cref="XmlWriter"/> in the default
/// namespace, because GDAL's XLSX reader (3.6) finds no rows in the <c>x:</c>-prefixed XML the SDK's writers produce.
/// Not thread-safe.
/// </summary>
public sealed class XlsxLayerWriter : ILayerWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int MaxCellLength = 32_767;
    private const string DateStyle = "1";

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly ExportLayerSchema _schema;
    private readonly string _path;
    private readonly SpreadsheetDocument _document;
    private readonly XmlWriter _sheet;
    private readonly WKTWriter _wkt = new(2) { MaxCoordinatesPerLine = int.MaxValue };
    private bool _completed;
    private int _row = 1;
    private int _column;

    /// <summary>Creates the workbook and writes the header row.</summary>
    /// <param name="path">The file, replaced if it exists.</param>
    /// <param name="schema">The layer.</param>
    public XlsxLayerWriter(string path, ExportLayerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _path = path;
        _document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        WritePart(workbook, string.Create(CultureInfo.InvariantCulture,
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"{SecurityElement.Escape(SheetName(schema.Name))}\" " +
            $"sheetId=\"1\" r:id=\"{workbook.GetIdOfPart(worksheet)}\"/></sheets></workbook>"));
        WritePart(styles, $"""
            <styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
            <fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
            <borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>
            <cellXfs count="2"><xf/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>
            """);
        _sheet = XmlWriter.Create(worksheet.GetStream(FileMode.Create, FileAccess.Write), XmlSettings);
        _sheet.WriteStartElement("worksheet", Main);
        _sheet.WriteStartElement("sheetData", Main);
        StartRow();
        if (schema.Shape != GeometryShape.None)
        {
            Text("WKT");
        }

        if (schema.Shape == GeometryShape.Point)
        {
            Text("lon");
            Text("lat");
        }

        foreach (var field in schema.Fields)
        {
            Text(field.Name);
        }

        _sheet.WriteEndElement();
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
        _row++;
        StartRow();
        var geometry = feature.Geometry is { IsEmpty: false } g ? g : null;
        if (_schema.Shape != GeometryShape.None)
        {
            var wkt = geometry is null ? null : _wkt.Write(geometry);
            if (wkt is { Length: > MaxCellLength })
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
                    _column++;
                    break;
                case string text:
                    Text(text.Length <= MaxCellLength ? text : text[..MaxCellLength]);
                    break;
                case long number:
                    Cell(null, null, number.ToString(CultureInfo.InvariantCulture));
                    break;
                case double number:
                    Number(number);
                    break;
                case bool flag:
                    Cell("b", null, flag ? "1" : "0");
                    break;
                case DateOnly day:
                    Cell(null, DateStyle, day.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                    break;
                case var value:
                    throw new ArgumentException($"A {value.GetType().Name} value cannot be exported.", nameof(feature));
            }
        }

        _sheet.WriteEndElement();
        Count++;
    }

    /// <inheritdoc/>
    public void Complete()
    {
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.Dispose();
        _document.Dispose();
        _completed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_completed)
        {
            _sheet.Dispose();
            _document.Dispose();
            File.Delete(_path);
        }
    }

    private static string SheetName(string name) => name.Length <= 31 ? name : name[..31];

    private static void WritePart(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
        stream.Write(bytes);
    }

    private void StartRow()
    {
        _column = 0;
        _sheet.WriteStartElement("row", Main);
        _sheet.WriteAttributeString("r", _row.ToString(CultureInfo.InvariantCulture));
    }

    private void Text(string? text)
    {
        if (text is null)
        {
            _column++;
            return;
        }

        _sheet.WriteStartElement("c", Main);
        _sheet.WriteAttributeString("r", NextReference());
        _sheet.WriteAttributeString("t", "inlineStr");
        _sheet.WriteStartElement("is", Main);
        _sheet.WriteStartElement("t", Main);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            _sheet.WriteAttributeString("xml", "space", null, "preserve");
        }

        _sheet.WriteString(text);
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
    }

    private void Number(double? value)
    {
        if (value is not { } number)
        {
            _column++;
            return;
        }

        Cell(null, null, number.ToString("R", CultureInfo.InvariantCulture));
    }

    private void Cell(string? type, string? style, string value)
    {
        _sheet.WriteStartElement("c", Main);
        _sheet.WriteAttributeString("r", NextReference());
        if (type is not null)
        {
            _sheet.WriteAttributeString("t", type);
        }

        if (style is not null)
        {
            _sheet.WriteAttributeString("s", style);
        }

        _sheet.WriteElementString("v", Main, value);
        _sheet.WriteEndElement();
    }

    private string NextReference()
    {
        var column = ++_column;
        var letters = string.Empty;
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            column = (column - 1) / 26;
        }

        return letters + _row.ToString(CultureInfo.InvariantCulture);
    }
}
