namespace Homeward.Records.Format;

/// <summary>The role of a point in a minefield record (GICHD/IMSMA point types, plus the row markers of military records).</summary>
public enum RecordPointType
{
    /// <summary>A reference point near a landmark, usually with coordinates. Written <c>reference</c>.</summary>
    Reference,

    /// <summary>A landmark ("ориентир"): a fixed, easily recognised feature. Written <c>landmark</c>.</summary>
    Landmark,

    /// <summary>A benchmark: a fixed point a short, safe distance outside the hazard. Written <c>benchmark</c>.</summary>
    Benchmark,

    /// <summary>A turning point of the perimeter (the start and end points included). Written <c>turning</c>.</summary>
    Turning,

    /// <summary>An intermediate point between turning points. Written <c>intermediate</c>.</summary>
    Intermediate,

    /// <summary>The start marker of a row or strip. Written <c>rowStart</c>.</summary>
    RowStart,

    /// <summary>The end marker of a row or strip. Written <c>rowEnd</c>.</summary>
    RowEnd,

    /// <summary>A single recorded mine. Written <c>mine</c>.</summary>
    Mine,
}
