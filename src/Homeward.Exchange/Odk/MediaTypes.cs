namespace Homeward.Exchange.Odk;

/// <summary>The media types of the attachments field forms produce.</summary>
internal static class MediaTypes
{
    public static string Of(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".webp" => "image/webp",
        ".heic" => "image/heic",
        ".mp4" => "video/mp4",
        ".m4a" => "audio/mp4",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    public static bool IsMedia(string fileName) => Of(fileName) != "application/octet-stream";
}
