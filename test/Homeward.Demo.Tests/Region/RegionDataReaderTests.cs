using Homeward.Demo.Region;

namespace Homeward.Demo.Tests.Region;

public sealed class RegionDataReaderTests
{
    [Fact]
    public async Task ReadAsync_ShippedFiles_HasEveryDistrictAndSettlement()
    {
        var region = await RegionDataReader.ReadAsync(RegionDataReader.DefaultDirectory, TestContext.Current.CancellationToken);

        Assert.Equal(78, region.Districts.Count);
        Assert.Equal(233, region.Settlements.Count);
        Assert.Equal(13, region.FocusDistricts.Count);
        Assert.Equal(region.Districts.Count, region.Districts.Select(d => d.PCode).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(region.Districts.Count, region.Districts.Select(d => d.ShortCode).Distinct(StringComparer.Ordinal).Count());
        Assert.All(region.Districts, d =>
        {
            Assert.Matches("^[A-Z]{3}$", d.ShortCode);
            Assert.True(d.Geometry.IsValid, d.Name.En);
            Assert.NotNull(d.Name.Az);
        });
        Assert.All(region.Settlements, s => Assert.False(string.IsNullOrWhiteSpace(s.Name.En)));
    }

    [Fact]
    public async Task ReadAsync_FocusDistricts_HaveTheAgreedShortCodes()
    {
        var region = await RegionDataReader.ReadAsync(RegionDataReader.DefaultDirectory, TestContext.Current.CancellationToken);

        var codes = region.FocusDistricts.ToDictionary(d => d.Name.En, d => d.ShortCode);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Aghdam"] = "AGD",
                ["Fuzuli"] = "FZL",
                ["Jabrayil"] = "JBR",
                ["Zangilan"] = "ZNG",
                ["Gubadli"] = "GBD",
                ["Lachin"] = "LCN",
                ["Kalbajar"] = "KLB",
                ["Shusha"] = "SHS",
                ["Shusha (city)"] = "SHC",
                ["Khojavend"] = "KJV",
                ["Khojaly"] = "KJL",
                ["Tartar"] = "TRT",
                ["Khankendi"] = "KHN",
            },
            codes);
    }

    [Theory]
    [InlineData("Lachin", "AZ-LAC", "Laçın", "Лачинский район")]
    [InlineData("Khankendi", "AZ-XA", "Xankəndi", "Ханкенди")]
    [InlineData("Shusha", "AZ-SUS", "Şuşa", "Шушинский район")]
    [InlineData("Shusha (city)", "AZ-X01~", "Şuşa şəhəri", "Шуша")]
    [InlineData("Lankaran", "AZ-LAN", "Lənkəran", "Ленкоранский район")]
    [InlineData("Shirvan", "AZ-SR", "Şirvan", "Ширван")]
    [InlineData("Goygol", "AZ-GYG", "Göygöl", "Гёйгёльский район")]
    public async Task ReadAsync_KnownDefects_AreCorrected(string nameEn, string pCode, string nameAz, string nameRu)
    {
        var region = await RegionDataReader.ReadAsync(RegionDataReader.DefaultDirectory, TestContext.Current.CancellationToken);

        var district = Assert.Single(region.Districts, d => d.Name.En == nameEn);

        Assert.Equal((pCode, nameAz, nameRu), (district.PCode, district.Name.Az, district.Name.Ru));
    }

    [Fact]
    public async Task ReadAsync_Settlements_UseTheNewerNameAndTreatZeroPopulationAsUnknown()
    {
        var region = await RegionDataReader.ReadAsync(RegionDataReader.DefaultDirectory, TestContext.Current.CancellationToken);

        // GeoNames' "Jebrail" and "Kerbakhiar" have newer spellings.
        Assert.Contains(region.Settlements, s => s.Name.En == "Jabrayil" && s.Name.Az == "Cəbrayıl" && s.Population == 8396);
        Assert.Contains(region.Settlements, s => s.Name.En == "Kalbajar" && s.Name.Az == "Kəlbəcər");
        Assert.DoesNotContain(region.Settlements, s => s.Population == 0);
        Assert.Contains(region.Settlements, s => s.GeoNamesId is null);
    }

    [Fact]
    public async Task ReadAsync_MissingFolder_Throws()
    {
        await Assert.ThrowsAnyAsync<IOException>(() =>
            RegionDataReader.ReadAsync(Path.Combine(Path.GetTempPath(), "homeward-no-such-folder"), TestContext.Current.CancellationToken));
    }
}
