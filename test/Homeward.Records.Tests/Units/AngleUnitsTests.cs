using Homeward.Records.Units;

namespace Homeward.Records.Tests.Units;

/// <summary>Spec example 1a and 1b: the same recorded numbers in each angle unit.</summary>
public sealed class AngleUnitsTests
{
    [Theory]
    [InlineData(AngleUnit.Mil6400, 1, 0.05625)] // NATO mil, EPSG:9114
    [InlineData(AngleUnit.Mil6000, 1, 0.06)] // тысячная, 3′36″
    [InlineData(AngleUnit.Mil6000, 100, 6)] // one large division (б.д.у.)
    [InlineData(AngleUnit.Mil6000, 6000, 360)] // 60-00, the full circle
    [InlineData(AngleUnit.Grad, 100, 90)]
    public void ToDegrees_Example1a_GivesTheDefinedValues(AngleUnit unit, double value, double degrees)
    {
        Assert.Equal(degrees, AngleUnits.ToDegrees(value, unit), 1e-12);
    }

    [Theory]
    [InlineData(1000, 60.000, 56.250, 57.143)]
    [InlineData(1550, 93.000, 87.188, 88.571)]
    [InlineData(4550, 273.000, 255.938, 260.000)]
    public void ToDegrees_Example1b_ReadsTheSameNumbersThreeWays(double recorded, double mil6000, double mil6400, double mil6300)
    {
        Assert.Equal(mil6000, AngleUnits.ToDegrees(recorded, AngleUnit.Mil6000), 0.0005);
        Assert.Equal(mil6400, AngleUnits.ToDegrees(recorded, AngleUnit.Mil6400), 0.00051); // 87.1875 printed as 87.188
        Assert.Equal(mil6300, AngleUnits.ToDegrees(recorded, AngleUnit.Mil6300), 0.0005);
    }

    [Theory]
    // A 250 m tie leg at 10-00 read as 6400 instead of 6000 misplaces its end by 16.36 m; as 6300, by 12.47 m.
    [InlineData(AngleUnit.Mil6400, 16.36)]
    [InlineData(AngleUnit.Mil6300, 12.47)]
    public void ToDegrees_Example1bMisread_MisplacesA250MetreLegAsTheSpecSays(AngleUnit misread, double metres)
    {
        var difference = (AngleUnits.ToDegrees(1000, AngleUnit.Mil6000) - AngleUnits.ToDegrees(1000, misread)) * Math.PI / 180;

        Assert.Equal(metres, 2 * 250 * Math.Sin(difference / 2), 0.005);
    }

    [Theory]
    [InlineData(AngleUnit.Degree)]
    [InlineData(AngleUnit.Mil6000)]
    [InlineData(AngleUnit.Mil6300)]
    [InlineData(AngleUnit.Mil6400)]
    [InlineData(AngleUnit.Grad)]
    public void FromDegrees_ThenToDegrees_IsTheSameAngle(AngleUnit unit)
    {
        Assert.Equal(123.456, AngleUnits.ToDegrees(AngleUnits.FromDegrees(123.456, unit), unit), 1e-12);
        Assert.True(AngleUnits.TryParse(AngleUnits.NameOf(unit), out var parsed));
        Assert.Equal(unit, parsed);
    }

    [Theory]
    [InlineData("mil")]
    [InlineData("mils")]
    [InlineData("mil6500")]
    [InlineData("")]
    public void TryParse_UnknownOrAmbiguousName_IsRefused(string name)
    {
        Assert.False(AngleUnits.TryParse(name, out _));
    }

    [Theory]
    [InlineData(DistanceUnit.Metre, 10, null, 10)]
    [InlineData(DistanceUnit.Pace, 160, null, 120)]
    [InlineData(DistanceUnit.Pace, 100, 0.8, 80)]
    [InlineData(DistanceUnit.PairOfSteps, 100, null, 150)]
    [InlineData(DistanceUnit.Yard, 100, null, 91.44)]
    [InlineData(DistanceUnit.Foot, 100, null, 30.48)]
    public void ToMetres_EachUnit_ConvertsAsDocumented(DistanceUnit unit, double value, double? paceLength, double metres)
    {
        Assert.Equal(metres, DistanceUnits.ToMetres(value, unit, paceLength), 1e-9);
    }
}
