namespace Homeward.Exchange.MaXml;

/// <summary>The field reports read from a maXML file, or why the file cannot be read at all.</summary>
public sealed class MaXmlReadResult
{
    private MaXmlReadResult(IReadOnlyList<MaXmlFieldReport> reports, string? error)
    {
        Reports = reports;
        Error = error;
    }

    /// <summary>Whether the file was read.</summary>
    public bool Success => Error is null;

    /// <summary>The field reports, in the file's order; empty when the file was refused.</summary>
    public IReadOnlyList<MaXmlFieldReport> Reports { get; }

    /// <summary>Why the file was refused, with the line and position when the XML itself is broken; <see langword="null"/> on success.</summary>
    public string? Error { get; }

    internal static MaXmlReadResult Read(IReadOnlyList<MaXmlFieldReport> reports) => new(reports, null);

    internal static MaXmlReadResult Refused(string error) => new([], error);
}
