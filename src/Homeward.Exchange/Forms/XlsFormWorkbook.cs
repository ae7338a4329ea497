using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Homeward.Exchange.Spreadsheets;

namespace Homeward.Exchange.Forms;

/// <summary>
/// An XLSForm workbook as text: the <c>survey</c>, <c>choices</c> and <c>settings</c> sheets. Built from a
/// <see cref="FieldFormDefinition"/>, written as <c>.xlsx</c>, and read back with DocumentFormat.OpenXml (also from files
/// edited in Excel or LibreOffice) to check them. Immutable.
/// </summary>
public sealed class XlsFormWorkbook
{
    private static readonly string[] SurveyColumns =
    [
        "type", "name", .. XlsFormLanguages.Columns("label"), .. XlsFormLanguages.Columns("hint"), "required", "relevant", "constraint",
        .. XlsFormLanguages.Columns("constraint_message"), "calculation", "default", "appearance", "parameters",
    ];

    private XlsFormWorkbook(IReadOnlyList<XlsFormSheet> sheets) => Sheets = sheets;

    /// <summary>The sheets, in workbook order.</summary>
    public IReadOnlyList<XlsFormSheet> Sheets { get; }

    /// <summary>The sheet called <paramref name="name"/>, or <see langword="null"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The sheet.</returns>
    public XlsFormSheet? Sheet(string name) => Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>The workbook of a form definition.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The workbook.</returns>
    public static XlsFormWorkbook From(FieldFormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var survey = new List<IReadOnlyList<string>>();
        foreach (var row in form.Rows)
        {
            AddSurveyRows(row, survey);
        }

        var choices = form.Choices.Select(c => (IReadOnlyList<string>)[c.ListName, c.Name, .. XlsFormLanguages.Cells(c.Label)]).ToList();
        string[] settingsHeader = ["form_title", "form_id", "version", "default_language", "instance_name"];
        IReadOnlyList<string> settings = [form.Title.En, form.FormId, form.Version, XlsFormLanguages.All[0].Name, form.InstanceName ?? string.Empty];
        return new XlsFormWorkbook(
        [
            new XlsFormSheet("survey", SurveyColumns, survey),
            new XlsFormSheet("choices", ["list_name", "name", .. XlsFormLanguages.Columns("label")], choices),
            new XlsFormSheet("settings", settingsHeader, [settings]),
        ]);
    }

    /// <summary>Reads an <c>.xlsx</c> workbook: every worksheet, its first row as the header.</summary>
    /// <param name="content">The file.</param>
    /// <returns>The workbook, or <see langword="null"/> with <paramref name="error"/> when the file is not a workbook.</returns>
    /// <param name="error">Why the file could not be read.</param>
    public static XlsFormWorkbook? Read(byte[] content, out string? error)
    {
        ArgumentNullException.ThrowIfNull(content);
        error = null;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no workbook part.");
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var sheets = new List<XlsFormSheet>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
                var rows = part.Worksheet.Descendants<Row>().Select(r => ReadRow(r, strings)).ToList();
                var header = rows.Count > 0 ? rows[0] : [];
                var body = rows.Skip(1).Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(0, header.Count).Select(i => i < r.Count ? r[i] : string.Empty)])
                    .ToList();
                sheets.Add(new XlsFormSheet(sheet.Name?.Value ?? string.Empty, header, body));
            }

            return new XlsFormWorkbook(sheets);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException)
        {
            error = $"not an Excel workbook (.xlsx): {ex.Message}";
            return null;
        }
    }

    /// <summary>
    /// Writes the workbook as <c>.xlsx</c>, every non-empty cell an inline string (with <see cref="XlsxWorkbookWriter"/>,
    /// so the same workbook gives the same bytes).
    /// </summary>
    /// <param name="output">Where to write; it stays open.</param>
    public void Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new XlsxWorkbookWriter(output);
        foreach (var sheet in Sheets)
        {
            writer.AddSheet(sheet.Name);
            foreach (var cells in sheet.Rows.Prepend(sheet.Header))
            {
                writer.WriteTextRow(cells);
            }
        }

        writer.Complete();
    }

    private static void AddSurveyRows(FormQuestion q, List<IReadOnlyList<string>> rows)
    {
        rows.Add(
        [
            q.Type, q.Name, .. XlsFormLanguages.Cells(q.Label), .. XlsFormLanguages.Cells(q.Hint), q.Required ?? string.Empty,
            q.Relevant ?? string.Empty, q.Constraint ?? string.Empty, .. XlsFormLanguages.Cells(q.ConstraintMessage), q.Calculation ?? string.Empty,
            q.Default ?? string.Empty, q.Appearance ?? string.Empty, q.Parameters ?? string.Empty,
        ]);
        if (q.IsGroup || q.IsRepeat)
        {
            foreach (var child in q.Children)
            {
                AddSurveyRows(child, rows);
            }

            rows.Add([q.IsGroup ? "end_group" : "end_repeat", .. Enumerable.Repeat(string.Empty, SurveyColumns.Length - 1)]);
        }
    }

    private static List<string> ReadRow(Row row, List<string> strings)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count < column)
            {
                cells.Add(string.Empty);
            }

            cells.Add(CellText(cell, strings));
        }

        return cells;
    }

    private static string CellText(Cell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        return cell.DataType?.Value == CellValues.SharedString
            ? int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : string.Empty
            : raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            index = (index * 26) + (ch - 'A' + 1);
        }

        return index == 0 ? null : index - 1;
    }
}
