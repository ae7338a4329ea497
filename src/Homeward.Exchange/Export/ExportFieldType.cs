namespace Homeward.Exchange.Export;

/// <summary>The type of an exported attribute, which each format maps to its own (GeoPackage column type, dBASE field, XLSX cell).</summary>
public enum ExportFieldType
{
    /// <summary>Text (<see cref="string"/>).</summary>
    Text,

    /// <summary>A whole number (<see cref="long"/>).</summary>
    WholeNumber,

    /// <summary>A real number (<see cref="double"/>).</summary>
    Real,

    /// <summary>True or false (<see cref="bool"/>).</summary>
    Boolean,

    /// <summary>A calendar day (<see cref="DateOnly"/>), written as <c>yyyy-MM-dd</c> where the format has no date type.</summary>
    Date,

    /// <summary>A list or nested record, held as JSON text (<see cref="string"/>); GeoJSON writes it as JSON.</summary>
    Json,
}
