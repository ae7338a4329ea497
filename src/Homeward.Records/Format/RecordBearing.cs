using Homeward.Records.Units;

namespace Homeward.Records.Format;

/// <summary>A bearing as a record writes it: the text, the number read from it, and the unit and reference if the value itself names them.</summary>
/// <param name="Text">The value as written, for example <c>15-50</c> or <c>1230</c>.</param>
/// <param name="Value">The number in its unit: <c>15-50</c> is 1550.</param>
/// <param name="Unit">The unit this bearing overrides the record's with, or <see langword="null"/> to use the record's.</param>
/// <param name="Reference">The reference this bearing overrides the record's with, or <see langword="null"/>.</param>
/// <param name="IsPairNotation">Whether it was written in the Soviet "XX-YY" notation, which means 6000 mils when the record names no unit.</param>
public sealed record RecordBearing(string Text, double Value, AngleUnit? Unit, BearingReference? Reference, bool IsPairNotation);
