using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;
using Homeward.Geo;
using Xunit;
using static Homeward.Testing.Storage.TestCommits;

namespace Homeward.Testing.Storage;

/// <summary>The store under its main caller, the review workflow, from draft to unapproval and approval again.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ReviewWorkflow_DraftSubmitApproveUnapproveApprove_StoresEveryStep()
    {
        await using var database = await CreateDatabaseAsync(Ct);
        await using var store = await database.OpenAsync(Ct);
        var district = SampleObjects.Create(ObjectKind.AdministrativeArea);
        await store.CommitOrFailAsync(Approve(T0, Create(district)));
        var workflow = new ReviewWorkflow(store, UtmMetricMeasure.Karabakh, new SteppingClock(T0.AddDays(1)), InvariantOptions.Default);
        var perimeter = SampleObjects.Geometry("POLYGON ((46.95 40.01, 46.96 40.01, 46.96 40.02, 46.95 40.01))");
        var draft = new FieldReportDraft
        {
            Title = "Non-technical survey, north orchard",
            FormType = "hazard-survey",
            Items = [new FieldReportItem("item-1", ObjectKind.HazardousArea, """{"areaClass":"sha","hazardType":"minefield-ap"}""", perimeter, null, null)],
        };

        var created = await workflow.CreateDraftAsync(draft, "officer", Ct);
        var code = created.Report!.Code;
        var submitted = await workflow.SubmitAsync(code, "officer", Ct);
        var approved = await workflow.ApproveAsync(code, [], "reviewer", rebase: false, null, Ct);
        var hazard = await store.FindByCodeAsync("HA-AGD-000001", null, Ct);
        var unapproved = await workflow.UnapproveAsync(code, "the perimeter was drawn on the wrong field", "reviewer", Ct);
        var afterUnapproval = await store.GetAsync(hazard!.State.Id, null, Ct);
        var approvedAgain = await workflow.ApproveAsync(code, [], "reviewer", rebase: false, null, Ct);

        Assert.True(created.Success, created.Error);
        Assert.Equal("FR-000001", code);
        Assert.True(submitted.Success, submitted.Error);
        Assert.True(approved.Success, approved.Error);
        var effect = Assert.Single(approved.Effects);
        Assert.Equal((hazard.State.Id, 0, 1, ChangeKind.Created), (effect.ObjectId, effect.VersionBefore, effect.VersionAfter, effect.Change));
        var area = Assert.IsType<HazardousArea>(hazard.State);
        Assert.Equal(district.Id, area.AdministrativeAreaId);
        Assert.True(perimeter.EqualsExact(area.Geometry));
        Assert.True(unapproved.Success, unapproved.Error);
        Assert.Null(afterUnapproval);
        Assert.True(approvedAgain.Success, approvedAgain.Error);
        Assert.Equal(3, (await store.GetAsync(hazard.State.Id, null, Ct))?.Version);
        var history = await store.GetHistoryAsync(hazard.State.Id, Ct);
        Assert.Equal([ChangeKind.Created, ChangeKind.Withdrawn, ChangeKind.Created], history.Select(h => h.Change));
        Assert.All(history, h => Assert.Equal(code, h.ReportCode));
        var stored = await store.GetReportAsync(code, Ct);
        Assert.Equal((FieldReportStatus.Approved, 5), (stored!.Report.Status, stored.Version));
        Assert.Single(await store.QueryEnvelopeAsync(ObjectKind.HazardousArea, perimeter.EnvelopeInternal, Ct));
    }

    /// <summary>A clock that moves a minute forward each time it is read, so that every step has its own instant.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now = _now.AddMinutes(1);
    }
}
