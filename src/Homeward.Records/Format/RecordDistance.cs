using Homeward.Records.Units;

namespace Homeward.Records.Format;

/// <summary>A distance as a record writes it.</summary>
/// <param name="Text">The value as written.</param>
/// <param name="Value">The number, in <paramref name="Unit"/> or the record's unit.</param>
/// <param name="Unit">The unit this distance overrides the record's with, or <see langword="null"/> to use the record's.</param>
public sealed record RecordDistance(string Text, double Value, DistanceUnit? Unit);
