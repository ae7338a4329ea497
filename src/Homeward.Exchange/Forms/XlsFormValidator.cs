using System.Text.RegularExpressions;

namespace Homeward.Exchange.Forms;

/// <summary>
/// Structural checks of an XLSForm workbook, in the spirit of pyxform's (which Homeward cannot run: it is a Python
/// package): the required sheets and columns, unique and valid names, every select list defined, every label and hint
/// in all three languages, balanced groups and repeats, and expressions that refer only to fields that exist.
/// Thread-safe.
/// </summary>
public static partial class XlsFormValidator
{
    private static readonly HashSet<string> Unlabelled = new(StringComparer.Ordinal)
    {
        "start", "end", "today", "deviceid", "username", "calculate", "hidden", "end_group", "end_repeat", "audit",
    };

    /// <summary>Checks a workbook.</summary>
    /// <param name="workbook">The workbook.</param>
    /// <returns>Every problem found, each naming the sheet and row (1-based, header = row 1); empty when the form is sound.</returns>
    public static IReadOnlyList<string> Check(XlsFormWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var problems = new List<string>();
        var survey = Require(workbook, "survey", ["type", "name", .. XlsFormLanguages.Columns("label")], problems);
        var choices = Require(workbook, "choices", ["list_name", "name", .. XlsFormLanguages.Columns("label")], problems);
        var settings = Require(workbook, "settings", ["form_title", "form_id", "version", "default_language"], problems);
        if (survey is null || choices is null || settings is null)
        {
            return problems;
        }

        var lists = CheckChoices(choices, problems);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<(int Row, string Column, string Name)>();
        var open = new Stack<(string Type, int Row)>();
        for (var r = 0; r < survey.Rows.Count; r++)
        {
            var row = r + 2;
            var type = survey.Cell(r, "type").Trim();
            var name = survey.Cell(r, "name").Trim();
            if (type.Length == 0)
            {
                continue;
            }

            CheckStructure(type, row, open, problems);
            if (type is "end_group" or "end_repeat")
            {
                continue;
            }

            if (!ValidName().IsMatch(name))
            {
                problems.Add($"survey row {row}: the name '{name}' is not a valid XML name (a letter or _ first, then letters, digits, _ . -).");
            }
            else if (!names.Add(name))
            {
                problems.Add($"survey row {row}: the name '{name}' is used twice.");
            }

            var parts = type.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] is "select_one" or "select_multiple" && (parts.Length != 2 || !lists.Contains(parts[1])))
            {
                problems.Add($"survey row {row}: '{type}' names a list that the choices sheet does not define.");
            }

            CheckTranslated(survey, r, "label", $"survey row {row} ('{name}')", mustExist: !Unlabelled.Contains(parts[0]), problems);
            CheckTranslated(survey, r, "hint", $"survey row {row} ('{name}')", mustExist: false, problems);
            CheckTranslated(survey, r, "constraint_message", $"survey row {row} ('{name}')", mustExist: false, problems);
            foreach (var column in new[] { "relevant", "constraint", "required", "calculation" })
            {
                references.AddRange(References(survey.Cell(r, column)).Select(n => (row, column, n)));
            }
        }

        foreach (var (type, row) in open)
        {
            problems.Add($"survey row {row}: '{type}' is never ended.");
        }

        references.AddRange(References(settings.Rows.Count > 0 ? settings.Cell(0, "instance_name") : string.Empty).Select(n => (1, "instance_name", n)));
        problems.AddRange(references.Where(x => !names.Contains(x.Name))
            .Select(x => $"{(x.Column == "instance_name" ? "settings" : $"survey row {x.Row}")}: {x.Column} refers to ${{{x.Name}}}, which is not a field of the form."));
        if (settings.Rows.Count == 0 || settings.Cell(0, "form_id").Length == 0 || settings.Cell(0, "version").Length == 0)
        {
            problems.Add("settings: form_id and version are required.");
        }
        else if (!XlsFormLanguages.All.Any(l => l.Name == settings.Cell(0, "default_language")))
        {
            problems.Add($"settings: default_language '{settings.Cell(0, "default_language")}' is not one of the label languages.");
        }

        return problems;
    }

    private static XlsFormSheet? Require(XlsFormWorkbook workbook, string name, string[] columns, List<string> problems)
    {
        var sheet = workbook.Sheet(name);
        if (sheet is null)
        {
            problems.Add($"the workbook has no '{name}' sheet.");
            return null;
        }

        var missing = columns.Where(c => sheet.IndexOf(c) < 0).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"the '{name}' sheet lacks the column(s) {string.Join(", ", missing)}.");
            return null;
        }

        return sheet;
    }

    private static HashSet<string> CheckChoices(XlsFormSheet choices, List<string> problems)
    {
        var lists = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        for (var r = 0; r < choices.Rows.Count; r++)
        {
            var (list, name) = (choices.Cell(r, "list_name").Trim(), choices.Cell(r, "name").Trim());
            if (list.Length == 0 && name.Length == 0)
            {
                continue;
            }

            lists.Add(list);
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            {
                problems.Add($"choices row {r + 2}: the choice name '{name}' is empty or has spaces.");
            }
            else if (!seen.Add((list, name)))
            {
                problems.Add($"choices row {r + 2}: '{name}' appears twice in the list '{list}'.");
            }

            CheckTranslated(choices, r, "label", $"choices row {r + 2} ('{list}' '{name}')", mustExist: true, problems);
        }

        return lists;
    }

    private static void CheckStructure(string type, int row, Stack<(string Type, int Row)> open, List<string> problems)
    {
        if (type is "begin_group" or "begin_repeat")
        {
            open.Push((type, row));
        }
        else if (type is "end_group" or "end_repeat")
        {
            var expected = type == "end_group" ? "begin_group" : "begin_repeat";
            if (open.Count == 0 || open.Peek().Type != expected)
            {
                problems.Add($"survey row {row}: '{type}' does not close a '{expected}'.");
            }
            else
            {
                open.Pop();
            }
        }
    }

    private static void CheckTranslated(XlsFormSheet sheet, int r, string column, string where, bool mustExist, List<string> problems)
    {
        var cells = XlsFormLanguages.All.Select(l => (l.Name, Text: sheet.Cell(r, $"{column}::{l.Name}").Trim())).ToList();
        var present = cells.Count(c => c.Text.Length > 0);
        if ((mustExist && present == 0) || (present > 0 && present < cells.Count))
        {
            problems.Add($"{where}: the {column} is missing in {string.Join(", ", cells.Where(c => c.Text.Length == 0).Select(c => c.Name))}.");
        }
    }

    private static IEnumerable<string> References(string expression) => ReferencePattern().Matches(expression).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();

    [GeneratedRegex(@"\$\{([^}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
