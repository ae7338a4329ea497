using Homeward.Demo.Region;

namespace Homeward.Demo.Tests.Region;

public sealed class ShortCodesTests
{
    [Fact]
    public void Assign_MixedAreas_FocusFirstThenIsoSuffixThenLettersOfTheName()
    {
        var codes = ShortCodes.Assign(
        [
            ("AZ-AGM", "Aghdam"), // focus: fixed
            ("AZ-QAZ", "Qazax"), // three-letter ISO suffix
            ("AZ-BA", "Baku"), // two letters: from the name
            ("AZ-LAN", "Lankaran"),
            ("AZ-LA", "Lankaran (city)"), // LAN is taken: the next combination
            ("AZ-X01~", "Shusha (city)"), // focus, apart from the district
        ]);

        Assert.Equal(["AGD", "QAZ", "BAK", "LAN", "LAK", "SHC"], codes);
    }
}
