using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Homeward.Planning.Plans;

namespace Homeward.Cli.Planning;

/// <summary>Per-team work lists: one CSV with a team column, or one XLSX with a sheet per team.</summary>
internal static class WorkLists
{
    private static readonly object[] Header = ["team", "order", "work_package", "hazard", "district", "work", "area_m2", "start", "end", "working_days"];

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

    /// <summary>
    /// Writes the workbook with the sheet XML in the default namespace (GDAL's XLSX driver, among others, does not follow
    /// the SDK's <c>x:</c> prefix and would see one sheet only): numbers as numbers, everything else as inline text.
    /// </summary>
    private static void WriteXlsx(string path, (string Team, object[][] Rows)[] teams, bool synthetic)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheets = new XElement(main + "sheets");
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < teams.Length; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"rId{i + 1}");
            var part = workbook.AddNewPart<WorksheetPart>(id);
            IEnumerable<object[]> rows = [Header, .. teams[i].Rows];
            if (synthetic)
            {
                rows = rows.Prepend(["SYNTHETIC demonstration data: not for field use"]);
            }

            Feed(part, new XElement(main + "worksheet", new XElement(main + "sheetData", rows.Select((row, n) => RowOf(main, row, n + 1)))));
            sheets.Add(new XElement(main + "sheet", new XAttribute("name", SheetName(teams[i].Team, used)), new XAttribute("sheetId", i + 1), new XAttribute(r + "id", id)));
        }

        Feed(workbook, new XElement(main + "workbook", new XAttribute(XNamespace.Xmlns + "r", r.NamespaceName), sheets));
    }

    private static XElement RowOf(XNamespace main, object[] values, int number) =>
        new(main + "row", new XAttribute("r", number), values.Select((value, c) =>
        {
            var reference = ColumnName(c) + number.ToString(CultureInfo.InvariantCulture);
            return value is int or long or double
                ? new XElement(main + "c", new XAttribute("r", reference), new XElement(main + "v", Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)))
                : new XElement(main + "c", new XAttribute("r", reference), new XAttribute("t", "inlineStr"),
                    new XElement(main + "is", new XElement(main + "t", Csv(value).Trim('"'))));
        }));

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static void Feed(OpenXmlPart part, XElement root)
    {
        using var buffer = new MemoryStream();
        new XDocument(new XDeclaration("1.0", "utf-8", "yes"), root).Save(buffer, SaveOptions.DisableFormatting);
        buffer.Position = 0;
        part.FeedData(buffer);
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
