using System.Security.Cryptography;

namespace Homeward.Domain.Reports;

/// <summary>
/// A file attached to a field report as it was received: the scan of a paper minefield record, the record as typed in,
/// a photograph. Stored with the report and, like the report's content, never changed once submitted.
/// </summary>
/// <param name="FileName">The file's name without folders, for example <c>MF-AGD-0001.json</c>.</param>
/// <param name="MediaType">Its media type, for example <c>application/json</c>, <c>image/png</c> or <c>application/pdf</c>.</param>
/// <param name="Sha256">The SHA-256 of <paramref name="Content"/>, 64 lower-case hexadecimal digits, to show the file is the one received.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record ReportAttachment(string FileName, string MediaType, string Sha256, ReadOnlyMemory<byte> Content)
{
    /// <summary>An attachment of the given bytes, with their SHA-256 computed.</summary>
    /// <param name="fileName">The file's name; any folders are dropped.</param>
    /// <param name="mediaType">Its media type.</param>
    /// <param name="content">The bytes.</param>
    /// <returns>The attachment.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> or <paramref name="mediaType"/> is empty.</exception>
    public static ReportAttachment Create(string fileName, string mediaType, ReadOnlyMemory<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(fileName));
        return new ReportAttachment(name, mediaType, Convert.ToHexStringLower(SHA256.HashData(content.Span)), content);
    }

    /// <summary>Whether <see cref="Sha256"/> is the hash of <see cref="Content"/>: the bytes are the ones attached.</summary>
    public bool IsIntact => string.Equals(Sha256, Convert.ToHexStringLower(SHA256.HashData(Content.Span)), StringComparison.Ordinal);
}
