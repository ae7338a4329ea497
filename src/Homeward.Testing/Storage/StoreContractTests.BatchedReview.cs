using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;
using Homeward.Geo;
using Xunit;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Testing.Storage;

/// <summary>Reports larger than the workflow's batch: read in parts, approved in one commit made while the store applies it.</summary>
public abstract partial class StoreContractTests
{
    private const int SmallBatch = 4;

    [Fact]
    public async Task ReviewWorkflow_ReportOfSeveralBatches_IsApprovedAsTheWholeReportWouldBeAndUnapprovedWhole()
    {
        var items = Enumerable.Range(0, 11).Select(HazardItem).ToList();
        await using var batchedDatabase = await CreateDatabaseAsync(Ct);
        await using var wholeDatabase = await CreateDatabaseAsync(Ct);
        await using var batchedStore = await batchedDatabase.OpenAsync(Ct);
        await using var wholeStore = await wholeDatabase.OpenAsync(Ct);
        var batched = await ReviewedAsync(batchedStore, SmallBatch, items);
        var whole = await ReviewedAsync(wholeStore, 1000, items);

        Assert.True(batched.Approved.Success, batched.Approved.Error);
        Assert.True(whole.Approved.Success, whole.Approved.Error);
        Assert.Equal(items.Count, batched.Approved.Effects.Count);
        Assert.Equal(
            whole.Approved.Effects.Select(e => (e.ObjectId, e.Code, e.VersionAfter, e.Change)),
            batched.Approved.Effects.Select(e => (e.ObjectId, e.Code, e.VersionAfter, e.Change)));
        var wholeHazards = await wholeStore.ListAsync(ObjectKind.HazardousArea, null, Ct).ToListAsync(Ct);
        var batchedHazards = await batchedStore.ListAsync(ObjectKind.HazardousArea, null, Ct).ToListAsync(Ct);
        Assert.Equal(items.Count, batchedHazards.Count);
        Assert.Equal(
            wholeHazards.Select(h => (h.State.Id, h.State.Code, ((HazardousArea)h.State).AreaSquareMetres)),
            batchedHazards.Select(h => (h.State.Id, h.State.Code, ((HazardousArea)h.State).AreaSquareMetres)));
        Assert.Equal(items.Count, batchedHazards.Select(h => h.State.Code).Distinct().Count());

        var unapproved = await batched.Workflow.UnapproveAsync(batched.Code, "wrong survey file", "reviewer", Ct);
        Assert.True(unapproved.Success, unapproved.Error);
        Assert.Empty(await batchedStore.ListAsync(ObjectKind.HazardousArea, null, Ct).ToListAsync(Ct));
        var header = await batchedStore.GetReportHeaderAsync(batched.Code, Ct);
        Assert.Equal((FieldReportStatus.Unapproved, items.Count), (header!.Report.Status, header.ItemCount));
    }

    [Fact]
    public async Task ReviewWorkflow_BatchedReportWithADuplicateInItsLastBatch_IsRefusedAndStoresNothing()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var items = Enumerable.Range(0, 10).Select(HazardItem).ToList();
        var workflow = Workflow(store, SmallBatch);
        await store.CommitOrFailAsync(Approve(T0, Create(SampleObjects.Create(ObjectKind.AdministrativeArea))));

        // A hazard already stored with the geometry of the report's last item.
        var earlier = await workflow.CreateDraftAsync(Draft([HazardItem(9) with { ItemRef = "earlier" }]), "officer", Ct);
        await workflow.SubmitAsync(earlier.Report!.Code, "officer", Ct);
        Assert.True((await workflow.ApproveAsync(earlier.Report.Code, [], "reviewer", rebase: false, null, Ct)).Success);
        var created = await workflow.CreateDraftAsync(Draft([]), new FieldReportItemList(items), "officer", null, Ct);
        var submitted = await workflow.SubmitAsync(created.Report!.Code, "officer", Ct);
        var before = await store.GetDataVersionAsync(Ct);

        var approved = await workflow.ApproveAsync(created.Report.Code, [], "reviewer", rebase: false, null, Ct);

        Assert.True(submitted.Success, submitted.Error);
        Assert.False(approved.Success);
        var violation = Assert.Single(approved.Violations);
        Assert.Contains("'r9'", violation.Record, StringComparison.Ordinal);
        Assert.Equal(before, await store.GetDataVersionAsync(Ct));
        Assert.Single(await store.ListAsync(ObjectKind.HazardousArea, null, Ct).ToListAsync(Ct));
        Assert.Equal(FieldReportStatus.Submitted, (await store.GetReportHeaderAsync(created.Report.Code, Ct))!.Report.Status);
    }

    [Fact]
    public async Task ReviewWorkflow_BatchedReportWhoseItemsReferToEachOther_IsRefusedAtSubmission()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(Approve(T0, Create(SampleObjects.Create(ObjectKind.AdministrativeArea))));
        var items = Enumerable.Range(0, 6).Select(HazardItem).ToList();
        items.Add(new FieldReportItem("ev", ObjectKind.Evidence, """{"hazardousArea":"#r0","directness":"direct","description":"sign"}""",
            SampleObjects.Geometry("POINT (46.9502 40.0112)"), null, null));
        var workflow = Workflow(store, SmallBatch);
        var created = await workflow.CreateDraftAsync(Draft([]), new FieldReportItemList(items), "officer", null, Ct);

        var submitted = await workflow.SubmitAsync(created.Report!.Code, "officer", Ct);

        Assert.False(submitted.Success);
        Assert.Contains("split it into smaller reports", Assert.Single(submitted.Violations).Message, StringComparison.Ordinal);
        Assert.Equal(FieldReportStatus.Draft, (await store.GetReportHeaderAsync(created.Report.Code, Ct))!.Report.Status);
    }

    private static async Task<(string Code, ReviewOutcome Approved, ReviewWorkflow Workflow)> ReviewedAsync(IHomewardStore store, int batchItems, List<FieldReportItem> items)
    {
        await store.CommitOrFailAsync(Approve(T0, Create(SampleObjects.Create(ObjectKind.AdministrativeArea))));
        var workflow = Workflow(store, batchItems);
        var created = await workflow.CreateDraftAsync(Draft([]) with { Id = new Guid("6f1c0e3a-1b2c-4d5e-8f90-123456789abc") },
            new FieldReportItemList(items), "officer", null, Ct);
        Assert.True(created.Success, created.Error);
        var submitted = await workflow.SubmitAsync(created.Report!.Code, "officer", Ct);
        Assert.True(submitted.Success, submitted.Error);
        return (created.Report.Code, await workflow.ApproveAsync(created.Report.Code, [], "reviewer", rebase: false, null, Ct), workflow);
    }

    private static ReviewWorkflow Workflow(IHomewardStore store, int batchItems) =>
        new(store, UtmMetricMeasure.Karabakh, new SteppingClock(T0.AddDays(1)), InvariantOptions.Default) { BatchItems = batchItems };

    private static FieldReportDraft Draft(IReadOnlyList<FieldReportItem> items) => new() { Title = "Import of survey.geojson", FormType = "import", Items = items };

    private static FieldReportItem HazardItem(int i)
    {
        var x = 46.9501 + (i * 0.0008);
        return new FieldReportItem(
            string.Create(CultureInfo.InvariantCulture, $"r{i}"),
            ObjectKind.HazardousArea,
            """{"areaClass":"sha","hazardType":"minefield-ap"}""",
            SampleObjects.Geometry(string.Create(CultureInfo.InvariantCulture,
                $"POLYGON (({x:R} 40.011, {x + 0.0005:R} 40.011, {x + 0.0005:R} 40.0115, {x:R} 40.0115, {x:R} 40.011))")),
            null,
            null);
    }
}
