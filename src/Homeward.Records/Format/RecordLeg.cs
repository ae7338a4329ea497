namespace Homeward.Records.Format;

/// <summary>One measured leg: from a point, a bearing and a distance to another point.</summary>
/// <param name="Field">Where the leg is in the record, for messages (for example <c>points[3]</c> or <c>legs[0]</c>).</param>
/// <param name="From">The id of the point the leg starts at.</param>
/// <param name="To">The id of the point it reaches.</param>
/// <param name="Bearing">The bearing from <paramref name="From"/> to <paramref name="To"/>.</param>
/// <param name="Distance">The distance.</param>
/// <param name="BackBearing">The bearing measured back from <paramref name="To"/>, if the record gives one (checked by flag F14).</param>
public sealed record RecordLeg(string Field, string From, string To, RecordBearing Bearing, RecordDistance Distance, RecordBearing? BackBearing);
