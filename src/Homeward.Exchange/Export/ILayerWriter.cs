namespace Homeward.Exchange.Export;

/// <summary>
/// Writes one layer to a file, one feature at a time, so that layers of any size stream through. Call
/// <see cref="Complete"/> after the last feature; disposing a writer that was not completed removes what it wrote.
/// Not thread-safe.
/// </summary>
public interface ILayerWriter : IDisposable
{
    /// <summary>The files written (a shapefile is several; one per geometry type when a layer mixes them).</summary>
    IReadOnlyList<string> Files { get; }

    /// <summary>The features written so far.</summary>
    long Count { get; }

    /// <summary>Writes a feature.</summary>
    /// <param name="feature">The feature; its values follow the layer's schema.</param>
    void Write(ExportFeature feature);

    /// <summary>Finishes the file(s): indexes, extents and closing structures.</summary>
    void Complete();
}
