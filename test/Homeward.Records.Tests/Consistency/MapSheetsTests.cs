using Homeward.Records.Consistency;

namespace Homeward.Records.Tests.Consistency;

/// <summary>Spec section 3.3 and example 2: the Soviet sheet nomenclature from SK-42 coordinates.</summary>
public sealed class MapSheetsTests
{
    [Theory]
    [InlineData(39.98743, 46.93177, "J-38-10-Б-б")] // example 2
    [InlineData(40.41, 49.87, "K-39-124-Г-в")] // Baku
    [InlineData(40.10, 46.04, "K-38-141-В-а")] // Kalbajar
    [InlineData(55.75, 37.62, "N-37-4-В-а")] // Moscow: checks that the row letters include I
    public void Of_SpecPlaces_GivesTheirSheets(double lat, double lon, string sheet)
    {
        Assert.Equal(sheet, MapSheets.Of(lat, lon));
    }

    [Theory]
    [InlineData(2, "J-38")]
    [InlineData(3, "J-38-10")]
    [InlineData(4, "J-38-10-Б")]
    public void Of_FewerParts_GivesTheLargerSheet(int parts, string sheet)
    {
        Assert.Equal(sheet, MapSheets.Of(39.98743, 46.93177, parts));
    }

    [Theory]
    [InlineData("j-38-10-b-b", "J-38-10-Б-б", 5)]
    [InlineData("J-38-10-Б", "J-38-10-Б", 4)]
    [InlineData(" K-39-124-Г-в ", "K-39-124-Г-в", 5)]
    public void Normalize_CitedSheet_ReadsLatinTransliterationAndCase(string cited, string normalized, int parts)
    {
        Assert.Equal((normalized, parts), MapSheets.Normalize(cited));
        Assert.Equal(8, MapSheets.ZoneOf("J-38-10"));
    }

    [Theory]
    [InlineData("J-38-145")]
    [InlineData("J38")]
    [InlineData("J-38-10-X")]
    [InlineData("")]
    public void Normalize_NotASheet_IsNull(string cited)
    {
        Assert.Null(MapSheets.Normalize(cited));
    }
}
