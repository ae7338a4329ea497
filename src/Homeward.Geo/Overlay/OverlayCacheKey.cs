namespace Homeward.Geo.Overlay;

/// <summary>What an overlay result depends on: the data version of the store, the asset layer and the parameters.</summary>
/// <param name="DataVersion">The store's data version (<c>IHomewardStore.GetDataVersionAsync</c>); it grows with every commit.</param>
/// <param name="Layer">
/// The asset layer: a name the store knows (<c>settlements</c>), or for layers from outside the store a name that changes with
/// their content (for example <c>file:</c> and a hash of the file).
/// </param>
/// <param name="Parameters">The overlay parameters.</param>
public readonly record struct OverlayCacheKey(long DataVersion, string Layer, OverlayParameters Parameters);
