using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Homeward.Exchange.Import;

/// <summary>
/// Reads one sheet of an Excel workbook (the first, or one named) row by row with the Open XML SDK's forward-only
/// reader: the first row is the header; numbers, text, booleans and dates (numbers with a date format) keep their type.
/// The geometry comes from a WKT column or from X and Y columns (<see cref="TabularGeometry"/>).
/// </summary>
public sealed class XlsxSourceReader : SourceReader
{
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly TabularGeometry? _givenGeometry;
    private readonly string[] _sharedStrings;
    private readonly bool[] _dateStyles;
    private long _rowsRead;
    private readonly long _rowsEstimate;

    private XlsxSourceReader(string path, SpreadsheetDocument document, WorksheetPart sheet, string sheetName, TabularGeometry? geometry)
        : base(path)
    {
        _document = document;
        _sheet = sheet;
        Layer = sheetName;
        _givenGeometry = geometry;
        DeclaredSrid = geometry?.Srid;
        _sharedStrings = document.WorkbookPart?.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var formats = document.WorkbookPart?.WorkbookStylesPart?.Stylesheet;
        var custom = formats?.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId?.Value ?? 0, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        _dateStyles = formats?.CellFormats?.Elements<CellFormat>().Select(f => IsDateFormat(f.NumberFormatId?.Value ?? 0, custom)).ToArray() ?? [];
        var dimension = sheet.Worksheet?.SheetDimension?.Reference?.Value;
        _rowsEstimate = dimension is not null && dimension.Split(':') is [_, var last] ? RowOf(last) : 0;
    }

    /// <inheritdoc/>
    public override SourceFormat Format => SourceFormat.Xlsx;

    /// <inheritdoc/>
    public override string RecordWord => "row";

    /// <inheritdoc/>
    public override double Progress => _rowsEstimate == 0 ? 0 : Math.Min(1, (double)_rowsRead / _rowsEstimate);

    /// <summary>The geometry columns used, once the header is read.</summary>
    public TabularGeometry? Geometry { get; private set; }

    /// <inheritdoc/>
    public override string Describe(long number) => string.Create(CultureInfo.InvariantCulture, $"row {number + 1}");

    /// <summary>Opens a sheet of a workbook.</summary>
    /// <param name="path">The file.</param>
    /// <param name="sheetName">The sheet, or <see langword="null"/> for the first.</param>
    /// <param name="geometry">The geometry columns and CRS a mapping gives, or <see langword="null"/> to find them by name.</param>
    /// <param name="reader">The reader.</param>
    /// <param name="error">Why it cannot be read.</param>
    /// <returns>Whether it opened.</returns>
    public static bool TryOpen(string path, string? sheetName, TabularGeometry? geometry, out XlsxSourceReader? reader, out string? error)
    {
        reader = null;
        error = null;
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(path, false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheetName is null ? sheets.FirstOrDefault()
                : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase));
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                error = sheetName is null ? "the workbook has no sheet."
                    : $"the workbook has no sheet '{sheetName}'; its sheets are {string.Join(", ", sheets.Select(s => s.Name?.Value))}.";
                document.Dispose();
                return false;
            }

            reader = new XlsxSourceReader(path, document, part, sheet.Name?.Value ?? "sheet1", geometry);
            return true;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            document?.Dispose();
            error = $"not a readable .xlsx workbook: {ex.Message}";
            return false;
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<SourceRecord> ReadRecords()
    {
        OpenXmlReader xml;
        try
        {
            xml = OpenXmlReader.Create(_sheet);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            Fail($"the sheet cannot be read: {ex.Message}");
            yield break;
        }

        using (xml)
        {
            List<string>? names = null;
            RowAttributes.Header? rowHeader = null;
            while (true)
            {
                SourceRecord? record = null;
                try
                {
                    if (!NextRow(xml, out var rowNumber, out var cells))
                    {
                        if (names is null)
                        {
                            Fail("the sheet is empty: an import needs a header row.");
                        }

                        yield break;
                    }

                    _rowsRead = rowNumber;
                    if (names is null)
                    {
                        if (!Header(cells, out names))
                        {
                            yield break;
                        }

                        continue;
                    }

                    if (cells.Count == 0)
                    {
                        continue;
                    }

                    rowHeader ??= new RowAttributes.Header(names);
                    var values = new object?[names.Count];
                    for (var i = 0; i < names.Count; i++)
                    {
                        values[i] = cells.GetValueOrDefault(i);
                    }

                    var attributes = new RowAttributes(rowHeader, values);
                    string? problem = null;
                    var geometry = Geometry is null ? null : Geometry.Build(attributes, out problem);
                    record = new SourceRecord(rowNumber - 1, attributes, geometry)
                    {
                        GeometryProblem = problem,
                        GeometryField = Geometry?.Field ?? "geometry",
                    };
                }
                catch (Exception ex) when (IsDamage(ex))
                {
                    Fail($"the sheet is damaged after row {_rowsRead}: {ex.Message}");
                    yield break;
                }

                yield return record;
            }
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _document.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Header(Dictionary<int, object?> cells, out List<string> names)
    {
        var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
        names = [.. Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i) is { } v && Convert.ToString(v, CultureInfo.InvariantCulture) is { Length: > 0 } s
            ? s.Trim() : $"column{i + 1}")];
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (names.Count == 0 || duplicate is not null)
        {
            Fail(names.Count == 0 ? "the header row is empty." : $"the header names the column '{duplicate!.Key}' twice.");
            return false;
        }

        names.ForEach(SeeColumn);
        Geometry = TabularGeometry.Find(names, _givenGeometry, out var error);
        if (error is not null)
        {
            Fail(error);
            return false;
        }

        DeclaredSrid = Geometry?.Srid ?? DeclaredSrid;
        return true;
    }

    private bool NextRow(OpenXmlReader xml, out long rowNumber, out Dictionary<int, object?> cells)
    {
        cells = [];
        rowNumber = 0;
        while (xml.Read())
        {
            if (xml.ElementType == typeof(Row) && xml.IsStartElement)
            {
                var row = (Row)xml.LoadCurrentElement()!;
                rowNumber = row.RowIndex?.Value ?? _rowsRead + 1;
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : next;
                    next = column + 1;
                    if (Value(cell) is { } value)
                    {
                        cells[column] = value;
                    }
                }

                return true;
            }
        }

        return false;
    }

    private object? Value(Cell cell)
    {
        var text = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (text is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length
                ? _sharedStrings[index] : throw new InvalidDataException($"cell {cell.CellReference} refers to a missing shared string.");
        }

        if (type == CellValues.Boolean)
        {
            return text == "1";
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return text;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return text;
        }

        var style = cell.StyleIndex?.Value ?? 0;
        if (style < _dateStyles.Length && _dateStyles[style] && number is > -657435 and < 2958466)
        {
            return DateTime.FromOADate(number);
        }

        return number == Math.Floor(number) && Math.Abs(number) < 1e15 ? (object)(long)number : number;
    }

    private static bool IsDateFormat(uint id, Dictionary<uint, string> custom)
    {
        if (id is >= 14 and <= 22 or >= 45 and <= 47)
        {
            return true;
        }

        if (!custom.TryGetValue(id, out var code))
        {
            return false;
        }

        var unquoted = string.Concat(code.Split('"').Where((_, i) => i % 2 == 0));
        return unquoted.Contains('y', StringComparison.OrdinalIgnoreCase) || unquoted.Contains('d', StringComparison.OrdinalIgnoreCase);
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = checked(column * 26 + (char.ToUpperInvariant(c) - 'A' + 1));
        }

        return column - 1;
    }

    private static long RowOf(string reference) =>
        long.TryParse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
}
