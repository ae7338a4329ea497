using Homeward.Geo.Crs;

namespace Homeward.Geo.Tests.Crs;

public sealed class DatumTransformationTests
{
    [Theory]
    [InlineData(15865, "25,-141,-78.5,0,0.35,0.736,0")] // Coordinate Frame in EPSG: rotations negated (minefield-records.md §3.2).
    [InlineData(1807, "27,-135,-84.5,0,0,0.554,0.2263")]
    [InlineData(1808, "686.1,-123.5,-574.4,8.045,-23.366,10.791,-2.926")] // Position Vector in EPSG: as published.
    [InlineData(1809, "926.4,-715.9,-186.4,-10.364,-20.78,26.452,-7.224")]
    public void ToTowgs84_EachTransformation_GivesPositionVectorParameters(int epsgCode, string towgs84)
    {
        Assert.True(DatumTransformation.TryFromEpsgCode(epsgCode, out var transformation));
        Assert.Equal(towgs84, transformation.ToTowgs84());
    }

    [Fact]
    public async Task ToTowgs84_Default_IsWhatProjWritesForPulkovo1942()
    {
        var definition = await Proj.RunAsync("projinfo", ["EPSG:4284", "-o", "PROJ", "-q", "--single-line"], "");

        Assert.Contains("+towgs84=" + DatumTransformation.Default.ToTowgs84() + " ", definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Epsg15865_AsEpsgPublishesIt_IsCoordinateFrame()
    {
        var transformation = DatumTransformation.Epsg15865;

        Assert.Same(transformation, DatumTransformation.Default);
        Assert.Equal(HelmertConvention.CoordinateFrame, transformation.Convention);
        Assert.Equal(25, transformation.TranslationXMetres);
        Assert.Equal(-141, transformation.TranslationYMetres);
        Assert.Equal(-78.5, transformation.TranslationZMetres);
        Assert.Equal(0, transformation.RotationXArcSeconds);
        Assert.Equal(-0.35, transformation.RotationYArcSeconds);
        Assert.Equal(-0.736, transformation.RotationZArcSeconds);
        Assert.Equal(0, transformation.ScaleDifferencePpm);
        Assert.Equal("Pulkovo 1942 to WGS 84 (16)", transformation.Name);
    }

    [Fact]
    public void TryFromEpsgCode_NotOffered_ReturnsFalse()
    {
        Assert.False(DatumTransformation.TryFromEpsgCode(1254, out var transformation));
        Assert.Null(transformation);
    }

    [Fact]
    public void All_DefaultFirst_AzerbaijanAlternativesAfter()
    {
        Assert.Equal([15865, 1807, 1808, 1809], DatumTransformation.All.Select(t => t.EpsgCode));
    }
}
