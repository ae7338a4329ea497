using Homeward.Geo.Validation;

namespace Homeward.Exchange.MaXml;

/// <summary>How a maXML file is imported. Immutable.</summary>
public sealed record MaXmlImportOptions
{
    /// <summary>The checks every geometry passes (the deployment's region and thresholds).</summary>
    public required GeometryValidator Validator { get; init; }

    /// <summary>Whether to take the good field reports and list the others, instead of refusing the whole file.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>The file's name, for the report's title and its attachment.</summary>
    public string SourceName { get; init; } = "export.xml";

    /// <summary>
    /// The file itself, attached to the draft so that every IMSMA GUID, local ID and field Homeward does not map is kept;
    /// <see langword="null"/> to attach nothing.
    /// </summary>
    public ReadOnlyMemory<byte>? OriginalFile { get; init; }
}
