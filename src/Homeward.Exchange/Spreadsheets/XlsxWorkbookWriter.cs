using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Homeward.Exchange.Spreadsheets;

/// <summary>
/// Writes an Excel workbook (<c>.xlsx</c>) sheet by sheet and row by row, in constant memory: each sheet is deflated
/// straight into the file as it is written, and only the sheet names are kept. Cells are typed: text (inline strings),
/// numbers, booleans, dates (serial day numbers formatted <c>yyyy-mm-dd</c>) and empty cells.
/// </summary>
/// <remarks>
/// The SpreadsheetML is written in the default namespace, not with the <c>x:</c> prefix of the Open XML SDK's
/// serializer, because GDAL's XLSX reader (3.6) finds no rows in prefixed sheets. The package is written with fixed
/// relationship ids and entry times, so the same sheets give the same bytes. Sheet names follow Excel's rules in
/// <see cref="AddSheet"/>. One sheet is open at a time; not thread-safe.
/// </remarks>
public sealed class XlsxWorkbookWriter : IDisposable
{
    /// <summary>The most characters a cell holds (Excel's limit).</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>The longest sheet name Excel accepts.</summary>
    public const int MaxSheetNameLength = 31;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DateStyle = "1";

    // Invariant: zip entries get this time, so that the same workbook gives the same bytes (1980 is the zip format's epoch).
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly Stream? _ownedStream;
    private readonly ZipArchive _zip;
    private readonly List<string> _sheetNames = [];
    private readonly HashSet<string> _usedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _columnNames = [];
    private XmlWriter? _sheet;
    private bool _rowOpen;
    private int _row;
    private string _rowText = string.Empty;
    private int _column;
    private bool _completed;

    /// <summary>Starts a workbook written to <paramref name="output"/>, which stays open (and is the caller's to close).</summary>
    /// <param name="output">A writable stream.</param>
    public XlsxWorkbookWriter(Stream output)
        : this(output, null)
    {
    }

    private XlsxWorkbookWriter(Stream output, Stream? owned)
    {
        ArgumentNullException.ThrowIfNull(output);
        _ownedStream = owned;
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
    }

    /// <summary>The names of the sheets added so far, as written (after <see cref="AddSheet"/> made them valid).</summary>
    public IReadOnlyList<string> SheetNames => _sheetNames;

    /// <summary>Starts a workbook in a file.</summary>
    /// <param name="path">The file, replaced if it exists.</param>
    /// <returns>The writer, which owns the file.</returns>
    public static XlsxWorkbookWriter Create(string path)
    {
        var file = File.Create(path);
        try
        {
            return new XlsxWorkbookWriter(file, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Ends the current sheet, if any, and starts a new one. The name is made valid for Excel: the characters
    /// <c>[ ] : * ? / \</c> become <c>_</c>, as do an apostrophe at either end; an empty name becomes <c>Sheet</c>; the
    /// name is cut to 31 characters; and a name already used (ignoring case) gets <c>~2</c>, <c>~3</c>... at its end.
    /// </summary>
    /// <param name="name">The wanted name.</param>
    /// <returns>The name the sheet got.</returns>
    public string AddSheet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ObjectDisposedException.ThrowIf(_completed, this);
        EndSheet();
        var unique = UniqueSheetName(name);
        _sheetNames.Add(unique);
        var entry = _zip.CreateEntry(string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{_sheetNames.Count}.xml"), CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        _sheet = XmlWriter.Create(entry.Open(), XmlSettings);
        _sheet.WriteStartDocument(standalone: true);
        _sheet.WriteStartElement("worksheet", Main);
        _sheet.WriteStartElement("sheetData", Main);
        _row = 0;
        return unique;
    }

    /// <summary>Writes a row of text cells, such as a header (an empty text leaves its cell empty).</summary>
    /// <param name="texts">The cells, from column A on.</param>
    public void WriteTextRow(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        StartRow();
        foreach (var text in texts)
        {
            if (text.Length == 0)
            {
                WriteEmpty();
            }
            else
            {
                WriteText(text);
            }
        }

        EndRow();
    }

    /// <summary>Starts the next row of the current sheet (ending the row before); its cells follow from column A on.</summary>
    /// <exception cref="InvalidOperationException">No sheet was added.</exception>
    public void StartRow()
    {
        var sheet = CurrentSheet();
        EndRow();
        _row++;
        _rowText = _row.ToString(CultureInfo.InvariantCulture);
        _column = 0;
        sheet.WriteStartElement("row", Main);
        sheet.WriteAttributeString("r", _rowText);
        _rowOpen = true;
    }

    /// <summary>Ends the current row (also done by the next <see cref="StartRow"/>, <see cref="AddSheet"/> or <see cref="Complete"/>).</summary>
    public void EndRow()
    {
        if (_rowOpen && _sheet is not null)
        {
            _sheet.WriteEndElement();
            _rowOpen = false;
        }
    }

    /// <summary>Leaves the next cell empty (no cell is written).</summary>
    public void WriteEmpty()
    {
        CurrentRow();
        _column++;
    }

    /// <summary>
    /// Writes a text cell (an inline string; an empty text gives a cell holding an empty string). A text longer than
    /// <see cref="MaxCellLength"/> characters is cut to that length, which is all a cell holds.
    /// </summary>
    /// <param name="text">The text.</param>
    public void WriteText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Cut(text, MaxCellLength);
        var sheet = StartCell(type: "inlineStr", style: null);
        sheet.WriteStartElement("is", Main);
        sheet.WriteStartElement("t", Main);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            sheet.WriteAttributeString("xml", "space", null, "preserve");
        }

        sheet.WriteString(text);
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.WriteEndElement();
    }

    /// <summary>Writes a number cell with the shortest text that reads back as the same double.</summary>
    /// <param name="value">A finite number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is NaN or infinite, which a cell cannot hold.</exception>
    public void WriteNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A cell holds only finite numbers.");
        }

        WriteValue(type: null, style: null, value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Writes a whole-number cell, all digits written.</summary>
    /// <param name="value">The number.</param>
    public void WriteNumber(long value) => WriteValue(type: null, style: null, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes a boolean cell.</summary>
    /// <param name="value">The value.</param>
    public void WriteBoolean(bool value) => WriteValue(type: "b", style: null, value ? "1" : "0");

    /// <summary>Writes a date cell: the day's serial number, formatted <c>yyyy-mm-dd</c>.</summary>
    /// <param name="value">The day.</param>
    public void WriteDate(DateOnly value) =>
        WriteValue(type: null, style: DateStyle, value.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));

    /// <summary>Ends the last sheet and writes the workbook, its styles and the package's parts list. Call once, last.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        EndSheet();
        WriteWorkbook();
        _completed = true;
        _zip.Dispose();
        _ownedStream?.Dispose();
    }

    /// <summary>Closes the file; a workbook not <see cref="Complete"/>d is left unfinished (delete it).</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            _sheet?.Dispose();
            _zip.Dispose();
            _ownedStream?.Dispose();
        }
    }

    private XmlWriter CurrentSheet() => _sheet ?? throw new InvalidOperationException("Add a sheet before writing rows.");

    private XmlWriter CurrentRow() => _rowOpen && _sheet is not null ? _sheet : throw new InvalidOperationException("Start a row before writing cells.");

    private void WriteValue(string? type, string? style, string value)
    {
        var sheet = StartCell(type, style);
        sheet.WriteElementString("v", Main, value);
        sheet.WriteEndElement();
    }

    private XmlWriter StartCell(string? type, string? style)
    {
        var sheet = CurrentRow();
        sheet.WriteStartElement("c", Main);
        sheet.WriteAttributeString("r", ColumnName(_column++) + _rowText);
        if (type is not null)
        {
            sheet.WriteAttributeString("t", type);
        }

        if (style is not null)
        {
            sheet.WriteAttributeString("s", style);
        }

        return sheet;
    }

    private string ColumnName(int index)
    {
        while (_columnNames.Count <= index)
        {
            var name = string.Empty;
            for (var n = _columnNames.Count + 1; n > 0; n = (n - 1) / 26)
            {
                name = (char)('A' + ((n - 1) % 26)) + name;
            }

            _columnNames.Add(name);
        }

        return _columnNames[index];
    }

    private void EndSheet()
    {
        if (_sheet is null)
        {
            return;
        }

        EndRow();
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndDocument();
        _sheet.Dispose();
        _sheet = null;
    }

    private string UniqueSheetName(string wanted)
    {
        var clean = new StringBuilder(wanted.Length);
        foreach (var c in wanted)
        {
            clean.Append(c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '_' : c);
        }

        // Excel refuses a name that starts or ends with an apostrophe (it quotes sheet names in formulas with them).
        if (clean.Length > 0 && clean[0] == '\'')
        {
            clean[0] = '_';
        }

        if (clean.Length > 0 && clean[^1] == '\'')
        {
            clean[^1] = '_';
        }

        var text = clean.Length == 0 ? "Sheet" : clean.ToString();
        text = Cut(text, MaxSheetNameLength);
        var name = text;
        for (var k = 2; !_usedNames.Add(name); k++)
        {
            var suffix = "~" + k.ToString(CultureInfo.InvariantCulture);
            name = Cut(text, MaxSheetNameLength - suffix.Length) + suffix;
        }

        return name;
    }

    // Cuts to at most `length` characters without splitting a surrogate pair.
    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    private void WriteWorkbook()
    {
        var styles = _sheetNames.Count + 1;
        WriteEntry("xl/workbook.xml", xml =>
        {
            xml.WriteStartElement("workbook", Main);
            xml.WriteAttributeString("xmlns", "r", null, DocumentRelationships);
            xml.WriteStartElement("sheets", Main);
            for (var i = 0; i < _sheetNames.Count; i++)
            {
                xml.WriteStartElement("sheet", Main);
                xml.WriteAttributeString("name", _sheetNames[i]);
                xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("id", DocumentRelationships, RelationshipId(i + 1));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
        WriteEntry("xl/styles.xml", xml =>
        {
            xml.WriteStartElement("styleSheet", Main);
            xml.WriteStartElement("numFmts", Main);
            xml.WriteAttributeString("count", "1");
            xml.WriteStartElement("numFmt", Main);
            xml.WriteAttributeString("numFmtId", "164");
            xml.WriteAttributeString("formatCode", "yyyy-mm-dd");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteRaw("<fonts count=\"1\"><font/></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>" +
                "<fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border/></borders>" +
                "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>");
            xml.WriteEndElement();
        });
        WriteEntry("xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            for (var i = 1; i <= _sheetNames.Count; i++)
            {
                Relationship(xml, RelationshipId(i), DocumentRelationships + "/worksheet", string.Create(CultureInfo.InvariantCulture, $"worksheets/sheet{i}.xml"));
            }

            Relationship(xml, RelationshipId(styles), DocumentRelationships + "/styles", "styles.xml");
            xml.WriteEndElement();
        });
        WriteEntry("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            Relationship(xml, "rId1", DocumentRelationships + "/officeDocument", "xl/workbook.xml");
            xml.WriteEndElement();
        });
        WriteEntry("[Content_Types].xml", xml =>
        {
            const string types = "http://schemas.openxmlformats.org/package/2006/content-types";
            const string spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
            xml.WriteStartElement("Types", types);
            foreach (var (extension, type) in (ReadOnlySpan<(string, string)>)[("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml")])
            {
                xml.WriteStartElement("Default", types);
                xml.WriteAttributeString("Extension", extension);
                xml.WriteAttributeString("ContentType", type);
                xml.WriteEndElement();
            }

            void Override(string part, string type)
            {
                xml.WriteStartElement("Override", types);
                xml.WriteAttributeString("PartName", part);
                xml.WriteAttributeString("ContentType", spreadsheet + type);
                xml.WriteEndElement();
            }

            Override("/xl/workbook.xml", "sheet.main+xml");
            for (var i = 1; i <= _sheetNames.Count; i++)
            {
                Override(string.Create(CultureInfo.InvariantCulture, $"/xl/worksheets/sheet{i}.xml"), "worksheet+xml");
            }

            Override("/xl/styles.xml", "styles+xml");
            xml.WriteEndElement();
        });
    }

    private static string RelationshipId(int number) => string.Create(CultureInfo.InvariantCulture, $"rId{number}");

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", PackageRelationships);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private void WriteEntry(string name, Action<XmlWriter> write)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var xml = XmlWriter.Create(entry.Open(), XmlSettings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }
}
