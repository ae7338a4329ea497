using Homeward.Geo;
using Homeward.Storage.GeoPackage;
using Homeward.Testing;

namespace Homeward.Demo.Tests;

/// <summary>One small demo built into a temporary GeoPackage, shared by the tests that only read it.</summary>
public sealed class DemoBuildFixture : IAsyncLifetime
{
    /// <summary>The options of the shared build: small, with the default seed.</summary>
    public static DemoOptions Options { get; } = new() { Scale = 0.02 };

    private readonly TemporaryFolder _folder = new();

    public GeoPackageStore Store { get; private set; } = null!; // Set in InitializeAsync, before any test runs.

    public DemoSummary Summary { get; private set; } = null!;

    public List<DemoProgress> Progress { get; } = [];

    public async ValueTask InitializeAsync()
    {
        (Store, Summary) = await BuildAsync(_folder.File("demo.gpkg"), Options, new SynchronousProgress(Progress.Add), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }

    public static async Task<(GeoPackageStore Store, DemoSummary Summary)> BuildAsync(string path, DemoOptions options, IProgress<DemoProgress>? progress,
        CancellationToken cancellationToken)
    {
        var store = await GeoPackageStore.OpenAsync(path, new GeoPackageStoreOptions { CreateIfMissing = true }, cancellationToken);
        try
        {
            var summary = await new DemoRegionBuilder().BuildAsync(store, new UtmMetricMeasure(38, north: true), options, progress, cancellationToken);
            return (store, summary);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so the list is complete when the build returns.</summary>
    private sealed class SynchronousProgress(Action<DemoProgress> report) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => report(value);
    }
}
