using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Xunit;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Testing.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ImportAsync_ExportOfAStoreWithHistory_MakesAnEqualStore()
    {
        await using var source = await CreateDatabaseAsync(Ct);
        await using var target = await CreateDatabaseAsync(Ct);
        await using var original = await source.OpenAsync(Ct);
        await WriteHistoryAsync(original);
        var expected = await StoreSnapshot.DescribeAsync(original, Ct);
        var progress = new List<long>();
        long total = 0;

        await using (var copy = await target.OpenAsync(Ct))
        {
            await ((IStoreTransfer)original).ExportAsync((content, ct) =>
            {
                total = content.Counts.Total;
                return ((IStoreTransfer)copy).ImportAsync(content, new SynchronousProgress<long>(progress.Add), ct);
            }, Ct);
        }

        await using var reopened = await target.OpenAsync(Ct);
        Assert.Equal(expected, await StoreSnapshot.DescribeAsync(reopened, Ct));
        Assert.Equal(progress.Distinct().Order(), progress);
        Assert.Equal(total, progress[^1]);
        await StoreReadChecks.AssertAgreeAsync(original, reopened, Ct);
    }

    [Fact]
    public async Task ImportAsync_StoreThatHoldsData_ThrowsAndChangesNothing()
    {
        await using var source = await CreateDatabaseAsync(Ct);
        await using var target = await CreateDatabaseAsync(Ct);
        await using var original = await source.OpenAsync(Ct);
        await WriteHistoryAsync(original);
        await using var used = await target.OpenAsync(Ct);
        await used.CommitOrFailAsync(Approve(T0, Create(SampleObjects.Create(ObjectKind.Organisation, 99))));
        var before = await StoreSnapshot.DescribeAsync(used, Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ((IStoreTransfer)original).ExportAsync(
            (content, ct) => ((IStoreTransfer)used).ImportAsync(content, null, ct), Ct));

        Assert.Equal(before, await StoreSnapshot.DescribeAsync(used, Ct));
    }

    private static async Task WriteHistoryAsync(IHomewardStore store)
    {
        var objects = Enum.GetValues<ObjectKind>().Select(k => SampleObjects.Create(k)).ToList();
        await store.CommitOrFailAsync(Approve(T0, [.. objects.Select(Create)]));
        var hazard = (HazardousArea)objects[(int)ObjectKind.HazardousArea];
        var update = Approve(T0.AddDays(1), Update(hazard with { Priority = 5 }, 1), Withdraw(objects[(int)ObjectKind.Team], 1));
        await store.CommitOrFailAsync(update);
        await store.CommitOrFailAsync(new Commit(update.Report with { Status = FieldReportStatus.Unapproved, ReviewNote = "wrong field" },
            1, [
                new ObjectChange(hazard.Id, hazard.Kind, hazard.Code, 2, ChangeKind.Reverted, hazard),
                Create(objects[(int)ObjectKind.Team]),
            ], "reviewer", T0.AddDays(2).AddTicks(1230)));
        await store.CommitOrFailAsync(new Commit(Report(FieldReportStatus.Draft), 0, [], "officer", T0.AddDays(2)));
        await store.CommitOrFailAsync(Approve(T0.AddDays(3), Create(SampleObjects.Create(ObjectKind.Settlement, 2) with
        {
            Geometry = SampleObjects.Geometry("POINT EMPTY"),
        })));
        await store.SaveCodeValueAsync(new CodeValue("hazard_type", "tunnel", new LocalizedText("Tunnel", null, "Туннель")), Ct);
        await store.ReserveCodesAsync("HA-AGD-", 4, Ct);
    }
}
