using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Homeward.Records.Format;

/// <summary>
/// Reads the spreadsheet layout of a minefield record from an Excel workbook (<c>.xlsx</c>): the first worksheet, laid
/// out as <see cref="RecordCsv"/> describes. Type bearings such as <c>15-50</c> in cells formatted as text, or Excel may
/// turn them into dates. Errors name the worksheet row. Thread-safe.
/// </summary>
public static class RecordXlsx
{
    /// <summary>Reads a record from the bytes of an <c>.xlsx</c> file.</summary>
    /// <param name="content">The file.</param>
    /// <returns>The record, or the problems found.</returns>
    public static RecordReadResult Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        List<(int Number, List<string> Cells)> rows;
        try
        {
            rows = Rows(content);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            return RecordReadResult.ForErrors([new RecordError("workbook", null, $"not an Excel workbook (.xlsx): {ex.Message}")]);
        }

        // A date typed into a date-formatted cell arrives as Excel's day number: give it back as a date.
        for (var i = 1; i < rows.Count && rows.Count > 0; i++)
        {
            var header = rows[0].Cells;
            var (name, value) = (header.IndexOf("name"), header.IndexOf("value"));
            var cells = rows[i].Cells;
            if (name >= 0 && value >= 0 && value < cells.Count && name < cells.Count && cells[name] == "date"
                && double.TryParse(cells[value], NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 2100 and < 100_000)
            {
                cells[value] = DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return RecordCsv.FromRows(rows);
    }

    private static List<(int Number, List<string> Cells)> Rows(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no workbook part.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("the workbook has no worksheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<(int, List<string>)>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = Column(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(Text(cell, strings));
            }

            rows.Add(((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), cells));
        }

        return rows;
    }

    private static string Text(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        // Numbers are stored with a dot and full precision (8665000, 4.5); booleans as 0 and 1.
        return raw;
    }

    // The zero-based column of a reference such as "C7".
    private static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column - 1;
    }
}
