namespace Homeward.Records.Format;

/// <summary>How a record's reference point was located, which sets its default uncertainty (spec section 5.2).</summary>
public enum ReferenceLocation
{
    /// <summary>By GPS or survey: 5 m per axis. Written <c>survey</c> or <c>gps</c>.</summary>
    Survey,

    /// <summary>Read off a 1:50 000 map: 25 m per axis. Written <c>map50k</c>.</summary>
    Map50K,

    /// <summary>Read off a 1:100 000 map: 50 m per axis. Written <c>map100k</c>.</summary>
    Map100K,

    /// <summary>Known only from a description: 100 m per axis. Written <c>description</c>.</summary>
    Description,
}
