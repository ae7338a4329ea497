using Homeward.Domain;

namespace Homeward.Exchange.Assets;

/// <summary>A problem in an asset file, named so that its author can find it.</summary>
/// <param name="Feature">The 1-based feature number, or 0 for the file as a whole.</param>
/// <param name="Field">The member at fault (<c>geometry</c>, <c>id</c>, a property name), or <see langword="null"/> for the whole feature.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Location">Where in the geometry (EPSG:4326), when the problem has a place.</param>
public sealed record AssetFileError(int Feature, string? Field, string Message, LonLat? Location = null)
{
    /// <summary>The error as one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (Feature == 0 ? "the file" : $"feature {Feature}") + (Field is null ? string.Empty : $", field '{Field}'") + $": {Message}"
        + (Location is { } at ? $" at {at}" : string.Empty);
}
