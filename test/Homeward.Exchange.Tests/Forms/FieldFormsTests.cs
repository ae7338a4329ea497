using Homeward.Domain.Codes;
using Homeward.Domain.Objects;
using Homeward.Exchange.Forms;

namespace Homeward.Exchange.Tests.Forms;

public sealed class FieldFormsTests
{
    public static TheoryData<string> FormIds => [.. FieldForms.All.Select(f => f.FormId)];

    private static string RepositoryFormsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Homeward.slnx")))
            {
                return Path.Combine(dir.FullName, "forms");
            }
        }

        throw new InvalidOperationException("The repository root (Homeward.slnx) was not found above the test's folder.");
    }

    private static XlsFormWorkbook Committed(string formId)
    {
        var path = Path.Combine(RepositoryFormsFolder(), formId + ".xlsx");
        var workbook = XlsFormWorkbook.Read(File.ReadAllBytes(path), out var error);
        Assert.True(workbook is not null, $"{path}: {error}");
        return workbook;
    }

    [Theory]
    [MemberData(nameof(FormIds))]
    public void CommittedFile_IsWhatTheDefinitionGenerates(string formId)
    {
        var form = FieldForms.Find(formId)!;
        using var buffer = new MemoryStream();
        XlsFormWorkbook.From(form).Write(buffer);
        var regenerated = XlsFormWorkbook.Read(buffer.ToArray(), out _)!;

        var committed = Committed(formId);

        Assert.Equal(regenerated.Sheets.Select(s => s.Name), committed.Sheets.Select(s => s.Name));
        foreach (var sheet in regenerated.Sheets)
        {
            var other = committed.Sheet(sheet.Name)!;
            Assert.Equal(sheet.Header, other.Header);
            Assert.True(sheet.Rows.Count == other.Rows.Count, $"{formId}.xlsx sheet {sheet.Name}: regenerate forms/ with `homeward forms --out forms`.");
            for (var r = 0; r < sheet.Rows.Count; r++)
            {
                Assert.Equal(sheet.Rows[r], other.Rows[r]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(FormIds))]
    public void CommittedFile_PassesTheStructuralChecks(string formId)
    {
        var problems = XlsFormValidator.Check(Committed(formId));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(FormIds))]
    public void CommittedFile_HasTypesAndSettingsOdkNeeds(string formId)
    {
        var workbook = Committed(formId);
        var survey = workbook.Sheet("survey")!;
        var types = Enumerable.Range(0, survey.Rows.Count).Select(r => survey.Cell(r, "type")).ToList();
        var names = Enumerable.Range(0, survey.Rows.Count).Select(r => survey.Cell(r, "name")).ToList();
        var settings = workbook.Sheet("settings")!;

        Assert.Contains(types, t => t is "geopoint" or "geoshape");
        Assert.Contains("image", types);
        var formField = names.IndexOf(FieldFormDefinition.HomewardFormField);
        Assert.Equal("calculate", types[formField]);
        Assert.Equal($"'{FieldForms.Find(formId)!.HomewardForm}'", survey.Cell(formField, "calculation"));
        Assert.Equal(formId, settings.Cell(0, "form_id"));
        Assert.Matches("^[0-9]{10}$", settings.Cell(0, "version"));
    }

    [Fact]
    public void CodeTableLists_HaveExactlyTheCodesOfTheirTable()
    {
        var lists = FieldForms.All.SelectMany(f => f.Choices).GroupBy(c => c.ListName).Where(g => FormLists.IsCodeTable(g.Key)).ToList();

        Assert.Contains(lists, g => g.Key == "hazard_type");
        foreach (var list in lists)
        {
            var codes = CodeTables.Standard.AllValues.Where(v => v.Table == list.Key).Select(v => v.Code).Order(StringComparer.Ordinal);
            Assert.Equal(codes, list.Select(c => c.Name).Distinct().Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("area_class", typeof(AreaClass))]
    [InlineData("activity_status", typeof(ActivityStatus))]
    [InlineData("release_outcome", typeof(ReleaseOutcome))]
    [InlineData("victim_outcome", typeof(VictimOutcome))]
    [InlineData("tampering", typeof(Tampering))]
    [InlineData("evidence_directness", typeof(EvidenceDirectness))]
    public void EnumLists_HaveTheDomainValuesInCamelCase(string list, Type enumType)
    {
        var expected = Enum.GetNames(enumType).Select(n => char.ToLowerInvariant(n[0]) + n[1..]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, FormLists.Choices(list).Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_BrokenWorkbook_FindsEachProblem()
    {
        var good = XlsFormWorkbook.From(FieldForms.Find("device-finding")!);
        var survey = good.Sheet("survey")!;
        var rows = survey.Rows.Select(r => r.ToList()).ToList();
        var type = survey.IndexOf("type");
        var name = survey.IndexOf("name");
        var ru = survey.IndexOf("label::Русский (ru)");
        var relevant = survey.IndexOf("relevant");
        var category = rows.FindIndex(r => r[name] == "device_category");
        rows[category][type] = "select_one no_such_list";
        rows[category + 1][name] = "device_category";
        rows[category + 1][ru] = string.Empty;
        rows[category + 2][name] = "2bad";
        rows[category + 3][relevant] = "${nowhere} = 'x'";
        using var buffer = new MemoryStream();
        Rebuild(good, new XlsFormSheet("survey", survey.Header, [.. rows])).Write(buffer);

        var problems = XlsFormValidator.Check(XlsFormWorkbook.Read(buffer.ToArray(), out _)!);

        Assert.Contains(problems, p => p.Contains("no_such_list", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'device_category' is used twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing in Русский (ru)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'2bad' is not a valid XML name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("${nowhere}", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NotAWorkbook_SaysSo()
    {
        var workbook = XlsFormWorkbook.Read("type,name\n"u8.ToArray(), out var error);

        Assert.Null(workbook);
        Assert.StartsWith("not an Excel workbook", error, StringComparison.Ordinal);
    }

    private static XlsFormWorkbook Rebuild(XlsFormWorkbook original, XlsFormSheet replacement)
    {
        using var buffer = new MemoryStream();
        original.Write(buffer);
        var sheets = original.Sheets.Select(s => s.Name == replacement.Name ? replacement : s).ToList();
        var field = typeof(XlsFormWorkbook).GetConstructors(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)[0];
        return (XlsFormWorkbook)field.Invoke([sheets]);
    }
}
