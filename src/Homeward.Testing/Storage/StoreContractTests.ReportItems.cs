using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Xunit;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Testing.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CommitAsync_StreamedItems_AreStoredInOrderAndReadBackByHeaderStreamAndWhole()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var items = Enumerable.Range(1, 2500).Select(NumberedItem).ToList();
        var report = Report(FieldReportStatus.Draft) with { Items = [] };

        await store.CommitOrFailAsync(new Commit(report, 0, [], "officer", T0) { StreamedItems = new OneByOneSource(items) });

        var header = await store.GetReportHeaderAsync(report.Code, Ct);
        Assert.NotNull(header);
        Assert.Equal((1, items.Count), (header.Version, header.ItemCount));
        Assert.Empty(header.Report.Items);
        Assert.Equal(report.Title, header.Report.Title);
        var streamed = await store.ReadReportItemsAsync(report.Id, Ct).ToListAsync(Ct);
        AssertSameItems(items, streamed);
        var whole = await store.GetReportAsync(report.Code, Ct);
        AssertSameItems(items, whole!.Report.Items);
        Assert.Equal(items.Count, (await store.ListReportsAsync(null, Ct)).Single(r => r.Code == report.Code).ItemCount);
    }

    [Fact]
    public async Task CommitAsync_StreamFailsPartWay_StoresNothing()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var before = await store.GetDataVersionAsync(Ct);
        var report = Report(FieldReportStatus.Draft) with { Items = [] };
        var failing = new OneByOneSource(Enumerable.Range(1, 300).Select(NumberedItem).ToList(), failAfter: 200);

        await Assert.ThrowsAsync<InvalidDataException>(() => store.CommitAsync(new Commit(report, 0, [], "officer", T0) { StreamedItems = failing }, null, Ct));

        Assert.Null(await store.GetReportHeaderAsync(report.Code, Ct));
        Assert.Empty(await store.ReadReportItemsAsync(report.Id, Ct).ToListAsync(Ct));
        Assert.Equal(before, await store.GetDataVersionAsync(Ct));

        // The same report stores whole afterwards: nothing of the failed attempt is in the way.
        await store.CommitOrFailAsync(new Commit(report, 0, [], "officer", T0) { StreamedItems = new OneByOneSource([NumberedItem(1)]) });
        Assert.Equal(1, (await store.GetReportHeaderAsync(report.Code, Ct))!.ItemCount);
    }

    [Fact]
    public async Task CommitAsync_StoredReport_KeepsTheItemsOfItsFirstVersion()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var report = Report(FieldReportStatus.Draft) with { Items = [NumberedItem(1), NumberedItem(2)] };
        await store.CommitOrFailAsync(new Commit(report, 0, [], "officer", T0));

        var submitted = report with { Status = FieldReportStatus.Submitted, SubmittedBy = "officer", SubmittedAt = T0.AddHours(1), Items = [NumberedItem(9)] };
        await store.CommitOrFailAsync(new Commit(submitted, 1, [], "officer", T0.AddHours(1)));

        var stored = await store.GetReportAsync(report.Code, Ct);
        Assert.Equal((2, FieldReportStatus.Submitted), (stored!.Version, stored.Report.Status));
        AssertSameItems(report.Items, stored.Report.Items);
        Assert.Equal(2, (await store.GetReportHeaderAsync(report.Code, Ct))!.ItemCount);
    }

    [Fact]
    public async Task CommitAsync_StreamedItemsForAStoredReport_IsRefused()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var report = Report(FieldReportStatus.Draft) with { Items = [] };

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.CommitAsync(new Commit(report, 1, [], "officer", T0) { StreamedItems = new OneByOneSource([NumberedItem(1)]) }, null, Ct));
    }

    private static FieldReportItem NumberedItem(int n) => new(
        string.Create(CultureInfo.InvariantCulture, $"r{n}"),
        ObjectKind.DeviceFinding,
        string.Create(CultureInfo.InvariantCulture, $$"""{"category":"uxo","quantity":{{n}},"note":"Ağdam №{{n}}"}"""),
        SampleObjects.Geometry(string.Create(CultureInfo.InvariantCulture, $"POINT ({46.9 + (n * 1e-7):R} {40.0 + (n * 3e-7):R})")),
        n % 7 == 0 ? string.Create(CultureInfo.InvariantCulture, $"DF-AGD-{n:D6}") : null,
        n % 7 == 0 ? 3 : null);

    private static void AssertSameItems(IReadOnlyList<FieldReportItem> expected, IReadOnlyList<FieldReportItem> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Geometry = null }, actual[i] with { Geometry = null });
            Assert.True(expected[i].Geometry!.EqualsExact(actual[i].Geometry), $"item {i}: {actual[i].Geometry}");
        }
    }

    /// <summary>Items handed out one at a time, as a file would; optionally failing part-way, as a broken disk would.</summary>
    private sealed class OneByOneSource(IReadOnlyList<FieldReportItem> items, int? failAfter = null) : IFieldReportItemSource
    {
        public int Count => items.Count;

        public async IAsyncEnumerable<FieldReportItem> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i == failAfter)
                {
                    throw new InvalidDataException($"the source broke after {i} items");
                }

                await Task.Yield();
                yield return items[i];
            }
        }
    }
}
