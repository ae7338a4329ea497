using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Homeward.Planning.Plans;

namespace Homeward.Cli.Planning;

/// <summary>Per-team work lists: one CSV with a team column, or one XLSX with a sheet per team.</summary>
internal static class WorkLists
{
    private static readonly string[] Header = ["team", "order", "work_package", "hazard", "district", "work", "area_m2", "start", "end", "working_days"];

    public static void Write(string path, ClearancePlan plan)
    {
        var packages = plan.Model.Packages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var rows = plan.Assignments.GroupBy(a => a.Team, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Team: g.Key, Rows: g.OrderBy(a => a.StartDay).Select((a, i) => new object[]
            {
                a.Team, i + 1, a.WorkPackage, a.Hazard, packages[a.WorkPackage].District ?? "", packages[a.WorkPackage].Work.ToString(),
                Math.Round(packages[a.WorkPackage].AreaSquareMetres), a.Start, a.End, a.EndDay - a.StartDay,
            }).ToArray())).ToArray();
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            WriteXlsx(path, rows, plan.Model.ContainsSyntheticData);
            return;
        }

        var text = new StringBuilder(string.Join(',', Header)).Append('\n');
        foreach (var row in rows.SelectMany(r => r.Rows))
        {
            text.Append(string.Join(',', row.Select(Csv))).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static string Csv(object value)
    {
        var text = value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static void WriteXlsx(string path, (string Team, object[][] Rows)[] teams, bool synthetic)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint id = 1;
        foreach (var (team, rows) in teams)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            if (synthetic)
            {
                data.AppendChild(RowOf(["SYNTHETIC demonstration data: not for field use"]));
            }

            data.AppendChild(RowOf(Header));
            foreach (var row in rows)
            {
                data.AppendChild(RowOf(row));
            }

            part.Worksheet = new Worksheet(data);
            var name = SheetName(team, used);
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }

        workbook.Workbook.Save();
    }

    private static Row RowOf(IEnumerable<object> values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            row.AppendChild(value switch
            {
                int or long or double => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)) },
                DateOnly d => new Cell { DataType = CellValues.String, CellValue = new CellValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
            });
        }

        return row;
    }

    private static string SheetName(string team, HashSet<string> used)
    {
        var clean = new string([.. team.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '_' : c)]);
        clean = clean.Length > 31 ? clean[..31] : clean;
        var name = clean;
        for (var k = 2; !used.Add(name); k++)
        {
            var suffix = "~" + k.ToString(CultureInfo.InvariantCulture);
            name = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }

        return name;
    }
}
