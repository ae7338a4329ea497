using System.Diagnostics.CodeAnalysis;
using Homeward.Geo.Overlay;

namespace Homeward.Exchange.Assets;

/// <summary>The outcome of reading an asset file: the assets, or every problem found.</summary>
public sealed class AssetFileResult
{
    private readonly IReadOnlyList<OverlayAsset>? _assets;

    private AssetFileResult(IReadOnlyList<OverlayAsset>? assets, IReadOnlyList<AssetFileError> errors)
    {
        _assets = assets;
        Errors = errors;
    }

    /// <summary>Whether the file was read without problems.</summary>
    public bool Success => _assets is not null;

    /// <summary>The assets read, in file order.</summary>
    /// <exception cref="InvalidOperationException">The file had problems.</exception>
    public IReadOnlyList<OverlayAsset> Value => _assets ?? throw new InvalidOperationException("The file has errors: " + string.Join("; ", Errors));

    /// <summary>The problems; empty on success.</summary>
    public IReadOnlyList<AssetFileError> Errors { get; }

    /// <summary>Gets the assets if there are any.</summary>
    /// <param name="assets">The assets.</param>
    /// <returns>Whether the file was read without problems.</returns>
    public bool TryGetValue([NotNullWhen(true)] out IReadOnlyList<OverlayAsset>? assets)
    {
        assets = _assets;
        return assets is not null;
    }

    internal static AssetFileResult Ok(IReadOnlyList<OverlayAsset> assets) => new(assets, []);

    internal static AssetFileResult Failed(IReadOnlyList<AssetFileError> errors) => new(null, errors);
}
