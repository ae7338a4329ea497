using System.Text;
using Homeward.Domain;
using Homeward.Geo;
using Homeward.Storage.GeoPackage;
using Homeward.Testing;

namespace Homeward.Demo.Tests;

public sealed partial class DemoRegionBuilderTests
{
    [Fact]
    public async Task BuildAsync_SameSeedTwice_StoresIdenticalContent()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TemporaryFolder();

        var (again, _) = await DemoBuildFixture.BuildAsync(folder.File("again.gpkg"), DemoBuildFixture.Options, null, ct);
        await using var _ = again;

        Assert.Equal(await DumpAsync(Store, ct), await DumpAsync(again, ct));
    }

    [Fact]
    public async Task BuildAsync_ScaleOutOfRange_Throws()
    {
        var builder = new DemoRegionBuilder();
        var measure = new UtmMetricMeasure(38, north: true);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            builder.BuildAsync(Store, measure, new DemoOptions { Scale = 0 }, null, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            builder.BuildAsync(Store, measure, new DemoOptions { Scale = 11 }, null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task BuildAsync_MissingDataFolder_ThrowsBeforeStoringAnything()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TemporaryFolder();
        var before = await Store.GetDataVersionAsync(ct);

        await Assert.ThrowsAnyAsync<IOException>(() => new DemoRegionBuilder().BuildAsync(Store, new UtmMetricMeasure(38, north: true),
            new DemoOptions { DataDirectory = folder.Path }, null, ct));

        Assert.Equal(before, await Store.GetDataVersionAsync(ct));
    }

    /// <summary>Every object version and report of a store, in a fixed order, with geometry as exact WKB.</summary>
    private static async Task<string> DumpAsync(GeoPackageStore store, CancellationToken ct)
    {
        var sb = new StringBuilder();
        foreach (var kind in Kinds)
        {
            await foreach (var o in store.ListAsync(kind, null, ct))
            {
                foreach (var v in await store.GetHistoryAsync(o.State.Id, ct))
                {
                    sb.AppendLine(FormattableString.Invariant($"{v.Code} {v.Version} {v.Change} {v.ValidFrom:O} {v.ValidTo:O} {v.ChangedBy} {v.ReportCode}"));
                    sb.AppendLine(v.State is null ? "-" : DomainJson.Serialize(v.State));
                    sb.AppendLine(v.State?.Geometry is { } g ? Convert.ToBase64String(g.AsBinary()) : "-");
                }
            }
        }

        foreach (var r in await store.ListReportsAsync(null, ct))
        {
            sb.AppendLine(FormattableString.Invariant($"{r.Code} {r.Title} {r.Status} {r.ItemCount} {r.CreatedAt:O} {r.ReviewedAt:O}"));
        }

        return sb.ToString();
    }
}
