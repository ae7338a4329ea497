using System.IO.Compression;
using Homeward.Exchange.Spreadsheets;
using Homeward.Exchange.Tests.Import;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.Spreadsheets;

public sealed class XlsxWorkbookWriterTests
{
    [Fact]
    public async Task AddSheet_NamesExcelRefuses_AreMadeValidAndUniqueAndGdalListsThem()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("names.xlsx");
        var names = new List<string>();

        using (var writer = XlsxWorkbookWriter.Create(path))
        {
            foreach (var wanted in (string[])["a/b:c*d?e[f]g\\h", "Team", "team", "TEAM", new string('x', 40), new string('x', 35), "", "'quoted'"])
            {
                names.Add(writer.AddSheet(wanted));
                writer.WriteTextRow(["name"]);
                writer.StartRow();
                writer.WriteText(wanted.Length == 0 ? "empty" : wanted);
            }

            writer.Complete();
        }

        // Forbidden characters become '_'; a name used already (ignoring case) gets ~2, ~3 within 31 characters.
        Assert.Equal(
            ["a_b_c_d_e_f_g_h", "Team", "team~2", "TEAM~3", new string('x', 31), new string('x', 29) + "~2", "Sheet", "_quoted_"], names);
        var info = await Ogr.InfoAsync(path);
        Assert.All(names, n => Assert.Contains("Layer name: " + n + "\n", info, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_TypedCells_GdalReadsTheFieldTypesAndValues()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("typed.xlsx");

        using (var writer = XlsxWorkbookWriter.Create(path))
        {
            writer.AddSheet("typed");
            writer.WriteTextRow(["text", "whole", "real", "flag", "day", "spaced"]);
            writer.StartRow();
            writer.WriteText("Ağdam <&> \"x\"");
            writer.WriteNumber(9_007_199_254_740_993L);
            writer.WriteNumber(0.1);
            writer.WriteBoolean(true);
            writer.WriteDate(new DateOnly(2024, 2, 29));
            writer.WriteText("  two spaces  ");
            writer.StartRow();
            writer.WriteEmpty();
            writer.WriteNumber(-7L);
            writer.WriteNumber(-2.5e-7);
            writer.WriteBoolean(false);
            writer.WriteDate(new DateOnly(1999, 12, 31));
            writer.Complete();
        }

        var info = await Ogr.InfoAsync(path);
        Assert.Contains("text: String", info, StringComparison.Ordinal);
        Assert.Contains("whole: Integer64", info, StringComparison.Ordinal);
        Assert.Contains("real: Real", info, StringComparison.Ordinal);
        Assert.Contains("flag: Integer(Boolean)", info, StringComparison.Ordinal);
        Assert.Contains("day: Date", info, StringComparison.Ordinal);
        Assert.Contains("text (String) = Ağdam <&> \"x\"\n", info, StringComparison.Ordinal);
        Assert.Contains("whole (Integer64) = 9007199254740993\n", info, StringComparison.Ordinal);
        Assert.Contains("real (Real) = 0.1\n", info, StringComparison.Ordinal);
        Assert.Contains("real (Real) = -2.5e-07\n", info, StringComparison.Ordinal);
        Assert.Contains("flag (Integer(Boolean)) = 1\n", info, StringComparison.Ordinal);
        Assert.Contains("flag (Integer(Boolean)) = 0\n", info, StringComparison.Ordinal);
        Assert.Contains("day (Date) = 2024/02/29\n", info, StringComparison.Ordinal);
        Assert.Contains("day (Date) = 1999/12/31\n", info, StringComparison.Ordinal);
        Assert.Contains("spaced (String) =   two spaces  \n", info, StringComparison.Ordinal);
        Assert.Equal(1, info.Split("text (String)").Length - 1);
    }

    [Fact]
    public void WriteText_LongerThanACell_IsCutToTheLimit()
    {
        using var output = new MemoryStream();

        using (var writer = new XlsxWorkbookWriter(output))
        {
            writer.AddSheet("long");
            writer.StartRow();
            writer.WriteText(new string('a', XlsxWorkbookWriter.MaxCellLength + 10));
            writer.Complete();
        }

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = sheet.ReadToEnd();
        Assert.Contains(">" + new string('a', 32_767) + "<", xml, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 32_768), xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_SameSheetsTwice_SameBytes()
    {
        static byte[] Write()
        {
            using var output = new MemoryStream();
            using var writer = new XlsxWorkbookWriter(output);
            writer.AddSheet("one");
            writer.WriteTextRow(["a", "b"]);
            writer.StartRow();
            writer.WriteNumber(1.5);
            writer.WriteDate(new DateOnly(2025, 1, 2));
            writer.Complete();
            return output.ToArray();
        }

        var first = Write();
        var second = Write();

        // Same bytes because nothing depends on the clock: every zip entry carries the zip format's first date.
        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Write_SheetAsTheDefaultNamespace_NoPrefixedElements()
    {
        using var output = new MemoryStream();

        using (var writer = new XlsxWorkbookWriter(output))
        {
            writer.AddSheet("plain");
            writer.WriteTextRow(["a"]);
            writer.Complete();
        }

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        foreach (var name in (string[])["xl/workbook.xml", "xl/worksheets/sheet1.xml"])
        {
            using var part = new StreamReader(zip.GetEntry(name)!.Open());
            var xml = part.ReadToEnd();
            Assert.Contains("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<x:", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WriteNumber_NotFinite_Throws()
    {
        using var writer = new XlsxWorkbookWriter(new MemoryStream());
        writer.AddSheet("s");
        writer.StartRow();

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteNumber(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteNumber(double.PositiveInfinity));
    }

    [Fact]
    public void StartRow_NoSheet_Throws()
    {
        using var writer = new XlsxWorkbookWriter(new MemoryStream());

        Assert.Throws<InvalidOperationException>(writer.StartRow);
    }
}
