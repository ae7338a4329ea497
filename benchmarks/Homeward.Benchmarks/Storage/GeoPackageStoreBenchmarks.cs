using BenchmarkDotNet.Attributes;
using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Geo;
using Homeward.Storage.GeoPackage;
using NetTopologySuite.Geometries;

namespace Homeward.Benchmarks.Storage;

/// <summary>
/// Bulk writes and reads of hazardous areas through the GeoPackage store: one commit of N new objects (history,
/// layer and R-tree), listing them back, and a spatial query through the R-tree.
/// </summary>
[MemoryDiagnoser]
public class GeoPackageStoreBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "homeward-benchmarks", Guid.NewGuid().ToString("N"));
    private List<HazardousArea> _hazards = [];
    private GeoPackageStore? _filled;

    [Params(1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Directory.CreateDirectory(_folder);
        var random = new Random(42);
        _hazards = [.. Enumerable.Range(0, Count).Select(i => Hazard(i, random))];
        _filled = await GeoPackageStore.OpenAsync(Path.Combine(_folder, "filled.gpkg"), new GeoPackageStoreOptions { CreateIfMissing = true }, default);
        await CommitAllAsync(_filled);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_filled is not null)
        {
            await _filled.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "commit N new hazardous areas")]
    public async Task<long> CommitAsync()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.gpkg");
        await using var store = await GeoPackageStore.OpenAsync(path, new GeoPackageStoreOptions { CreateIfMissing = true }, default);
        await CommitAllAsync(store);
        return await store.GetDataVersionAsync(default);
    }

    [Benchmark(Description = "list N current hazardous areas")]
    public async Task<int> ListAsync()
    {
        var n = 0;
        await foreach (var _ in _filled!.ListAsync(ObjectKind.HazardousArea, null, default))
        {
            n++;
        }

        return n;
    }

    [Benchmark(Description = "R-tree query of a tenth of the region")]
    public async Task<int> QueryEnvelopeAsync()
    {
        var found = await _filled!.QueryEnvelopeAsync(ObjectKind.HazardousArea, new Envelope(46.5, 46.8, 39.5, 39.8), default);
        return found.Count;
    }

    private async Task CommitAllAsync(GeoPackageStore store)
    {
        var report = new FieldReport
        {
            Id = Guid.NewGuid(),
            Code = "FR-000001",
            Title = "benchmark",
            FormType = "benchmark",
            Status = FieldReportStatus.Approved,
            CreatedBy = "benchmark",
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
        var changes = _hazards.Select(h => new ObjectChange(h.Id, h.Kind, h.Code, 0, ChangeKind.Created, h)).ToList();
        var conflict = await store.CommitAsync(new Commit(report, 0, changes, "benchmark", DateTimeOffset.UnixEpoch), null, default);
        if (conflict is not null)
        {
            throw new InvalidOperationException(conflict.Message);
        }
    }

    private static HazardousArea Hazard(int i, Random random)
    {
        // Irregular 16-gons of 100–600 m radius scattered over the Karabakh districts.
        var (lon, lat) = (45.6 + random.NextDouble() * 1.8, 39.0 + random.NextDouble() * 1.5);
        var radius = (0.001 + random.NextDouble() * 0.005);
        var ring = Enumerable.Range(0, 16)
            .Select(k => 2 * Math.PI * k / 16)
            .Select(a => new Coordinate(lon + Math.Cos(a) * radius * (0.8 + 0.2 * random.NextDouble()), lat + Math.Sin(a) * radius * (0.8 + 0.2 * random.NextDouble())))
            .ToList();
        ring.Add(ring[0]);
        return new HazardousArea
        {
            Id = Guid.NewGuid(),
            Code = $"HA-BEN-{i:D6}",
            AreaClass = i % 5 == 0 ? AreaClass.Cha : AreaClass.Sha,
            HazardType = "battle-area",
            IsSynthetic = true,
            Geometry = GeometryServices.Wgs84.CreatePolygon([.. ring]),
        };
    }
}
