using System.Globalization;
using System.Text;
using Homeward.Exchange.Spreadsheets;
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
        var text = Text(value);
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string Text(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Writes a sheet per team (named after the team, made a valid and unique sheet name): numbers as numbers, everything
    /// else as text as in the CSV.
    /// </summary>
    private static void WriteXlsx(string path, (string Team, object[][] Rows)[] teams, bool synthetic)
    {
        using var workbook = XlsxWorkbookWriter.Create(path);
        foreach (var (team, rows) in teams)
        {
            workbook.AddSheet(team);
            if (synthetic)
            {
                workbook.WriteTextRow(["SYNTHETIC demonstration data: not for field use"]);
            }

            foreach (var row in rows.Prepend(Header))
            {
                workbook.StartRow();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case int or long:
                            workbook.WriteNumber(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                            break;
                        case double number:
                            workbook.WriteNumber(number);
                            break;
                        default:
                            workbook.WriteText(Text(value));
                            break;
                    }
                }
            }
        }

        workbook.Complete();
    }
}
