using Homeward.Domain;
using Homeward.Domain.Codes;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Xunit;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Testing.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetReportAsync_ReportWithItems_RoundTripsExactly()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        var report = Report(FieldReportStatus.Submitted) with
        {
            ReportedOn = new DateOnly(2024, 4, 30),
            CreatedAt = new DateTimeOffset(2024, 5, 1, 12, 0, 0, 123, TimeSpan.FromHours(4)).AddTicks(4567),
            SubmittedBy = "officer",
            SubmittedAt = T0.AddHours(2),
            IsSynthetic = true,
            Items =
            [
                new FieldReportItem(
                    "item-1",
                    ObjectKind.HazardousArea,
                    """{"areaClass":"sha","hazardType":"minefield-ap","name":"Ağdam \"east\""}""",
                    SampleObjects.Geometry("POLYGON ((46.950000000000003 40.01, 46.961234567890123 40.01, 46.96 40.018765, 46.95 40.01))"),
                    null,
                    null),
                new FieldReportItem("item-2", ObjectKind.Evidence, """{"hazardousArea":"#item-1"}""",
                    SampleObjects.Geometry("POINT (46.9551 40.0142)"), "EV-AGD-000003", 2),
                new FieldReportItem("item-3", ObjectKind.Organisation, "{}", null, null, null),
            ],
        };
        await using var store = await database.OpenAsync(Ct);
        await store.CommitOrFailAsync(new Commit(report, 0, [], "officer", T0));

        var stored = await store.GetReportAsync(report.Code, Ct);

        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        var read = stored.Report;
        Assert.Equal(report with { Items = [] }, read with { Items = [] });
        Assert.Equal(report.CreatedAt.Offset, read.CreatedAt.Offset);
        Assert.Equal(report.CreatedAt.Ticks, read.CreatedAt.Ticks);
        Assert.Equal(report.Items.Count, read.Items.Count);
        foreach (var (expected, actual) in report.Items.Zip(read.Items))
        {
            Assert.Equal(expected with { Geometry = null }, actual with { Geometry = null });
            Assert.Equal(expected.Geometry is null, actual.Geometry is null);
            if (expected.Geometry is not null)
            {
                Assert.Equal(expected.Geometry.GeometryType, actual.Geometry!.GeometryType);
                Assert.True(expected.Geometry.EqualsExact(actual.Geometry), actual.Geometry.AsText());
            }
        }
    }

    [Fact]
    public async Task ListReportsAsync_ReturnsNewestFirstAndFiltersByStatus()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var older = Report(FieldReportStatus.Draft) with { CreatedAt = T0 };
        var newer = Report(FieldReportStatus.Draft) with
        {
            CreatedAt = T0.AddDays(1),
            Items = [new("a", ObjectKind.Team, "{}", null, null, null)],
        };
        await store.CommitOrFailAsync(new Commit(older, 0, [], "officer", T0));
        await store.CommitOrFailAsync(new Commit(newer, 0, [], "officer", T0.AddDays(1)));
        var reviewed = older with
        {
            Status = FieldReportStatus.Rejected,
            ReviewedBy = "reviewer",
            ReviewedAt = T0.AddDays(2),
            ReviewNote = "blurred photos",
        };
        await store.CommitOrFailAsync(new Commit(reviewed, 1, [], "reviewer", T0.AddDays(2)));

        var all = await store.ListReportsAsync(null, Ct);
        var rejected = await store.ListReportsAsync(FieldReportStatus.Rejected, Ct);
        var approved = await store.ListReportsAsync(FieldReportStatus.Approved, Ct);

        Assert.Equal([newer.Code, older.Code], all.Select(r => r.Code));
        Assert.Equal(
            new FieldReportSummary(newer.Code, newer.Title, newer.FormType, FieldReportStatus.Draft, 1, "officer", newer.CreatedAt, null),
            all[0]);
        var line = Assert.Single(rejected);
        Assert.Equal((older.Code, FieldReportStatus.Rejected, T0.AddDays(2)), (line.Code, line.Status, line.ReviewedAt));
        Assert.Empty(approved);
    }

    [Fact]
    public async Task ReserveCodesAsync_HandsOutEachNumberOncePerPrefix()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        IReadOnlyList<string> first, second, other, none, afterReopening;
        await using (var store = await database.OpenAsync(Ct))
        {
            first = await store.ReserveCodesAsync("HA-AGD-", 3, Ct);
            second = await store.ReserveCodesAsync("HA-AGD-", 2, Ct);
            other = await store.ReserveCodesAsync("FR-", 1, Ct);
            none = await store.ReserveCodesAsync("FR-", 0, Ct);
        }

        await using (var reopened = await database.OpenAsync(Ct))
        {
            afterReopening = await reopened.ReserveCodesAsync("HA-AGD-", 1, Ct);
        }

        Assert.Equal(["HA-AGD-000001", "HA-AGD-000002", "HA-AGD-000003"], first);
        Assert.Equal(["HA-AGD-000004", "HA-AGD-000005"], second);
        Assert.Equal(["FR-000001"], other);
        Assert.Empty(none);
        Assert.Equal(["HA-AGD-000006"], afterReopening);
    }

    [Fact]
    public async Task GetCodeTablesAsync_NewDatabase_HoldsTheStandardTablesAndSavedValues()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var added = new CodeValue("hazard_type", "tunnel", new LocalizedText("Tunnel", "Tunel", "Туннель"));
        var standard = CodeTables.Standard.AllValues.First();
        var relabelled = standard with { Label = new LocalizedText("Relabelled") };

        var initial = await store.GetCodeTablesAsync(Ct);
        await store.SaveCodeValueAsync(added, Ct);
        await store.SaveCodeValueAsync(relabelled, Ct);
        var after = await store.GetCodeTablesAsync(Ct);

        Assert.Equal(CodeTables.Standard.AllValues, initial.AllValues);
        Assert.Equal(added.Label, after.LabelOf("hazard_type", "tunnel"));
        Assert.Equal(new LocalizedText("Relabelled"), after.LabelOf(standard.Table, standard.Code));
        Assert.Equal(CodeTables.Standard.AllValues.Count() + 1, after.AllValues.Count());
        Assert.Equal(2, await store.GetDataVersionAsync(Ct));
    }
}
