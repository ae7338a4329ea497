namespace Homeward.Domain;

/// <summary>The shape of geometry an object kind carries, if any.</summary>
public enum GeometryShape
{
    /// <summary>The kind has no geometry.</summary>
    None,

    /// <summary>A single point (EPSG:4326, X = longitude, Y = latitude).</summary>
    Point,

    /// <summary>A polygon or multipolygon (EPSG:4326, X = longitude, Y = latitude).</summary>
    Polygonal,

    /// <summary>
    /// A point, line or polygon, single or multi-part, as the object needs (a well, a road, a field); never a geometry
    /// collection (EPSG:4326, X = longitude, Y = latitude).
    /// </summary>
    Any,
}
