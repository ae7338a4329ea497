using System.Collections.Concurrent;

namespace Homeward.Exchange.Export;

/// <summary>
/// Copies features from a source into a writer with reading and writing on two threads, so that a conversion takes about
/// as long as the slower of the two instead of their sum. Features are passed in batches through a bounded queue, so
/// memory stays small whatever the layer's size.
/// </summary>
public static class LayerCopy
{
    private const int BatchSize = 512;
    private const int BatchesInFlight = 16;

    /// <summary>Reads every feature of <paramref name="source"/> on a worker thread and writes it, then completes the writer.</summary>
    /// <param name="source">The features; each must be a new object (the reader must not reuse them).</param>
    /// <param name="writer">The writer, used on the calling thread only.</param>
    /// <param name="cancellationToken">Cancels the copy; the writer is then not completed.</param>
    /// <returns>The features written.</returns>
    public static long Run(IEnumerable<ExportFeature> source, ILayerWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(writer);
        using var queue = new BlockingCollection<ExportFeature[]>(BatchesInFlight);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                var batch = new List<ExportFeature>(BatchSize);
                foreach (var feature in source)
                {
                    batch.Add(feature);
                    if (batch.Count == BatchSize)
                    {
                        queue.Add([.. batch], stop.Token);
                        batch.Clear();
                    }
                }

                if (batch.Count > 0)
                {
                    queue.Add([.. batch], stop.Token);
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(stop.Token))
            {
                foreach (var feature in batch)
                {
                    writer.Write(feature);
                }
            }
        }
        catch
        {
            // The reader must not wait forever on a full queue nobody empties.
            stop.Cancel();
            throw;
        }

        // Rethrows what the reader failed with (a bad source file), after every batch it read has been written.
        reader.GetAwaiter().GetResult();
        writer.Complete();
        return writer.Count;
    }
}
