namespace Homeward.Records.Units;

/// <summary>A unit of angle that bearings in minefield records are written in. See <see cref="AngleUnits"/> for the conversions.</summary>
public enum AngleUnit
{
    /// <summary>Degrees: 360 to the circle. Written <c>degree</c>.</summary>
    Degree,

    /// <summary>NATO mils (EPSG:9114 <c>mil_6400</c>): 6400 to the circle, 0.05625°. Written <c>mil6400</c>.</summary>
    Mil6400,

    /// <summary>
    /// Soviet and Warsaw Pact thousandths ("тысячная", "деление угломера"): 6000 to the circle, 0.06°. Often written as
    /// two pairs, <c>15-50</c> = 1550 = 93°. Written <c>mil6000</c>.
    /// </summary>
    Mil6000,

    /// <summary>Swedish "streck": 6300 to the circle, about 0.05714°. Written <c>mil6300</c>.</summary>
    Mil6300,

    /// <summary>Grads (gons): 400 to the circle, 0.9°. Written <c>grad</c>.</summary>
    Grad,
}
