using NetTopologySuite.Geometries;

namespace Homeward.Exchange.Import;

/// <summary>
/// One record of a source file, as it came: its number, its attributes by column name, and its geometry in the
/// source's reference system (the geometry's <see cref="Geometry.SRID"/>; 0 when the file does not say).
/// </summary>
/// <param name="Number">The 1-based number of the feature, placemark or data row.</param>
/// <param name="Attributes">The attributes by column name, in the file's order: strings, numbers (<see cref="long"/> or <see cref="double"/>), booleans, dates, or <see langword="null"/>.</param>
/// <param name="Geometry">The geometry in the source's CRS (X = longitude or easting, Y = latitude or northing), or <see langword="null"/>.</param>
public sealed record SourceRecord(long Number, IReadOnlyDictionary<string, object?> Attributes, Geometry? Geometry)
{
    /// <summary>Why the record's geometry could not be read (bad WKT, an unclosed ring), or <see langword="null"/>.</summary>
    public string? GeometryProblem { get; init; }

    /// <summary>The column the geometry came from, for messages (<c>geometry</c>, <c>WKT</c>, <c>lon/lat</c>).</summary>
    public string GeometryField { get; init; } = "geometry";
}
