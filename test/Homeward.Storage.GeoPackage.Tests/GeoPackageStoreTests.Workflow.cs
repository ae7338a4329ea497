using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;
using NetTopologySuite.Geometries;
using static Homeward.Storage.GeoPackage.Tests.TestCommits;

namespace Homeward.Storage.GeoPackage.Tests;

/// <summary>The store under its main caller, the review workflow, from draft to unapproval and approval again.</summary>
public sealed partial class GeoPackageStoreTests
{
    [Fact]
    public async Task ReviewWorkflow_DraftSubmitApproveUnapproveApprove_StoresEveryStep()
    {
        using var file = new TempGeoPackage();
        await using var store = await file.OpenAsync();
        var district = SampleObjects.Create(ObjectKind.AdministrativeArea);
        await store.CommitOrFailAsync(Approve(T0, Create(district)));
        var workflow = new ReviewWorkflow(store, new DegreeAreaMeasure(), new SteppingClock(T0.AddDays(1)), InvariantOptions.Default);
        var perimeter = SampleObjects.Geometry("POLYGON ((46.95 40.01, 46.96 40.01, 46.96 40.02, 46.95 40.01))");
        var draft = new FieldReportDraft
        {
            Title = "Non-technical survey, north orchard",
            FormType = "hazard-survey",
            Items = [new FieldReportItem("item-1", ObjectKind.HazardousArea, """{"areaClass":"sha","hazardType":"minefield-ap"}""", perimeter, null, null)],
        };

        var created = await workflow.CreateDraftAsync(draft, "officer", Ct);
        var code = created.Report.Code;
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
        Assert.Equal(1, file.Scalar($"SELECT count(*) FROM hazardous_areas WHERE object_id = '{hazard.State.Id:D}' AND version = 3"));
    }

    /// <summary>Areas in square degrees scaled to roughly square metres: enough for a workflow that only records them.</summary>
    private sealed class DegreeAreaMeasure : IMetricMeasure
    {
        public double AreaSquareMetres(Geometry geometry) => geometry.Area * 111_320 * 85_390;

        public (double DistanceMetres, LonLat? Worst) Protrusion(Geometry inner, Geometry outer) =>
            outer.Covers(inner) ? (0, null) : (inner.Distance(outer) * 111_320, new LonLat(inner.Coordinate.X, inner.Coordinate.Y));
    }

    /// <summary>A clock that moves a minute forward each time it is read, so that every step has its own instant.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now = _now.AddMinutes(1);
    }
}
