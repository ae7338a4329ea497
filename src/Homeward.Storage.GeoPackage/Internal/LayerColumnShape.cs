namespace Homeward.Storage.GeoPackage.Internal;

/// <summary>How a JSON value is stored in a layer column.</summary>
internal enum LayerColumnShape
{
    /// <summary>A JSON string as TEXT (strings, identities, dates, enums).</summary>
    Text,

    /// <summary>A JSON number or boolean as INTEGER (booleans as 0 and 1).</summary>
    Integer,

    /// <summary>A JSON number as REAL.</summary>
    Real,

    /// <summary>Any JSON value as its JSON text (lists and nested records).</summary>
    Json,
}
