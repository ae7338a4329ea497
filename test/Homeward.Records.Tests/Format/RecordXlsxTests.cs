using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Homeward.Records.Format;

namespace Homeward.Records.Tests.Format;

public sealed class RecordXlsxTests
{
    [Fact]
    public void Read_Example3AsAWorkbook_ComputesTheSameAsTheJson()
    {
        // The date as Excel stores a date-formatted cell: 1993-06-15 is day 34135.
        var rows = RecordCsvTests.Example3.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(';').Select(c => c.Trim('"')).ToArray()).ToList();
        rows.Single(r => r.Contains("1993-06-15"))[^2] = "34135";

        var read = RecordFiles.Read("ex3.xlsx", Workbook(rows));

        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(new DateOnly(1993, 6, 15), read.Value.LaidFrom);
        var fromXlsx = SampleRecords.Digitize(read.Value);
        var fromJson = SampleRecords.Digitize(SampleRecords.Example3);
        Assert.Equal(fromJson.Closure!.LinearMetres, fromXlsx.Closure!.LinearMetres, 1e-12);
        Assert.Equal(fromJson.Points.Select(p => (p.Id, p.Longitude, p.Latitude)), fromXlsx.Points.Select(p => (p.Id, p.Longitude, p.Latitude)));
    }

    [Fact]
    public void Read_BadBearing_NamesTheWorksheetRow()
    {
        var rows = RecordCsvTests.Example3.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(';')).ToList();
        rows[8][5] = "15-5O";

        var error = Assert.Single(RecordXlsx.Read(Workbook(rows)).Errors);

        Assert.Equal("line 9: points[2].bearing", error.Field);
    }

    [Fact]
    public void Read_NotAWorkbook_IsRefused()
    {
        Assert.Equal("workbook", Assert.Single(RecordXlsx.Read("kind,id\n"u8.ToArray()).Errors).Field);
    }

    /// <summary>A workbook with one sheet: numbers as numbers, everything else as inline text, as Excel saves typed cells.</summary>
    private static byte[] Workbook(List<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    var reference = $"{(char)('A' + c % 26)}{(c >= 26 ? "?" : string.Empty)}{r + 1}";
                    row.Append(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                        ? new Cell { CellReference = reference, CellValue = new CellValue(text), DataType = CellValues.Number }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "record" }));
        }

        return stream.ToArray();
    }
}
