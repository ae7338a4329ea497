using Homeward.Domain;
using Homeward.Exchange.Import;
using Homeward.Testing;

namespace Homeward.Exchange.Tests.Import;

/// <summary>What an import holds besides its items: the refused records only when they are to be written out; the items in a temporary file.</summary>
public sealed partial class ImporterTests
{
    private const string HalfBad = "category,quantity,found_on,lon,lat\nuxo,1,2021-05-03,46.9,39.9\nuxo,1,2021-05-03,12.5,41.9\nuxo,2,2021-05-04,46.91,39.91\nuxo,1,2021-05-03,NaN,39.9\n";

    [Fact]
    public async Task RunAsync_RefusedRecordsNotKept_CountedAndNamedButNotHeld()
    {
        using var folder = new TemporaryFolder();
        var path = await WriteAsync(folder, "devices.csv", HalfBad);
        Assert.True(SourceFiles.TryOpen(path, SourceOptions.For(new ImportMapping()), out var reader, out var error), error);
        using var source = reader!;

        using var result = await new Importer(ImportSamples.Options(ObjectKind.DeviceFinding) with { KeepRejected = false })
            .RunAsync(source, new InMemoryStore(), null, TestContext.Current.CancellationToken);

        Assert.Equal((4L, 2L), (result.RecordsRead, result.RejectedCount));
        Assert.Empty(result.Rejected);
        Assert.False(result.IsClean);
        Assert.Equal(["row 3", "row 5"], result.Problems.Select(p => p.Record).Distinct());
        Assert.Equal(["r1", "r3"], result.Items.Select(i => i.ItemRef));
    }

    [Fact]
    public async Task RunAsync_Items_ReadBackFromTheirTemporaryFileExactlyAndTheFileGoesWithTheResult()
    {
        using var folder = new TemporaryFolder();
        var path = await WriteAsync(folder, "devices.csv", HalfBad);
        var (result, _) = await ImportSamples.ImportAsync(path, ObjectKind.DeviceFinding);
        var spool = result.Items.FilePath;
        var existed = File.Exists(spool);

        var streamed = await result.Items.ReadAsync(TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        var byIndex = Enumerable.Range(0, result.Items.Count).Select(i => result.Items[i]).ToList();
        result.Dispose();

        Assert.Equal(2, streamed.Count);
        Assert.Equal(streamed.Select(i => i with { Geometry = null }), byIndex.Select(i => i with { Geometry = null }));
        Assert.Equal((46.91, 39.91, 4326), (streamed[1].Geometry!.Coordinate.X, streamed[1].Geometry!.Coordinate.Y, streamed[1].Geometry!.SRID));
        Assert.True(existed, spool);
        Assert.False(File.Exists(spool), spool);
    }
}
