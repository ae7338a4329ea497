using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Validation;
using Homeward.Geo;
using Homeward.Testing;

namespace Homeward.Domain.Tests.Reports;

/// <summary>Geometry at the review workflow: checked at submit, duplicates of stored hazards decided at approval.</summary>
public sealed partial class ReviewWorkflowTests : IAsyncDisposable
{
    /// <summary>A suspected hazardous area north of Aghdam, about 171 m by 167 m.</summary>
    private const string Hazard = "POLYGON ((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952))";

    /// <summary>The same field surveyed again, 5 m (0.0000585° of longitude) further east.</summary>
    private const string Resurvey = "POLYGON ((46.9010585 39.952, 46.9030585 39.952, 46.9030585 39.9535, 46.9010585 39.9535, 46.9010585 39.952))";

    private readonly InMemoryStore _store = new();
    private readonly ReviewWorkflow _workflow;

    public ReviewWorkflowTests()
    {
        _workflow = new ReviewWorkflow(_store, new UtmMetricMeasure(38, north: true), new SteppingClock(), InvariantOptions.Default);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Submit_HazardTypedLatitudeFirst_IsRefusedNamingItemFieldAndCoordinate()
    {
        var code = await CreateAsync(HazardItem("h1", "POLYGON ((39.952 46.901, 39.952 46.903, 39.9535 46.903, 39.9535 46.901, 39.952 46.901))"));

        var submitted = await _workflow.SubmitAsync(code, "officer", Ct);

        var violation = Assert.Single(submitted.Violations);
        Assert.Equal((GeometryErrorKind.SwappedAxes, new LonLat(39.952, 46.901)), (violation.GeometryError, violation.Location));
        Assert.Equal($"{code} item 'h1', field 'geometry' at (39.952 46.901): latitude and longitude appear swapped: (39.952 46.901) would be " +
            "inside Azerbaijan as (46.901 39.952) (positions are written longitude first).", violation.ToString());
        Assert.Equal(FieldReportStatus.Draft, (await _store.GetReportAsync(code, Ct))!.Report.Status);
    }

    [Fact]
    public async Task Submit_EvidenceAtNullIsland_IsRefusedAsOutsideTheRegion()
    {
        var evidence = new FieldReportItem("e1", ObjectKind.Evidence,
            """{"hazardousArea":"#h1","evidenceType":"eo-seen","directness":"direct","source":"observed"}""", Wkt.Read("POINT (0 0)"), null, null);
        var code = await CreateAsync(HazardItem("h1", Hazard), evidence);

        var submitted = await _workflow.SubmitAsync(code, "officer", Ct);

        var violation = Assert.Single(submitted.Violations);
        Assert.Equal(GeometryErrorKind.OutsideRegion, violation.GeometryError);
        Assert.Equal($"{code} item 'e1', field 'geometry' at (0 0): (0 0) lies outside the deployment region, Azerbaijan (longitude 44.7 " +
            "to 50.9, latitude 38.3 to 41.95). (0 0) is what a receiver records when it has no position fix.", violation.ToString());
    }

    [Fact]
    public async Task Submit_HazardWithATinyPart_IsRefusedNamingThePartAndItsArea()
    {
        var code = await CreateAsync(HazardItem("h1", "MULTIPOLYGON (((46.901 39.952, 46.903 39.952, 46.903 39.9535, 46.901 39.9535, 46.901 39.952)), " +
            "((46.904 39.952, 46.904005 39.952, 46.904 39.952012, 46.904 39.952)))"));

        var submitted = await _workflow.SubmitAsync(code, "officer", Ct);

        var violation = Assert.Single(submitted.Violations);
        Assert.Equal((GeometryErrorKind.TinyRing, new LonLat(46.904, 39.952)), (violation.GeometryError, violation.Location));
        Assert.Equal("the outer ring of part 2 encloses only 0.285 m², less than the 1 m² of the smallest real area; it looks like a digitising slip.",
            violation.Message);
    }

    [Fact]
    public async Task Approve_ResurveyShiftedFiveMetres_IsRefusedAsNearDuplicateUntilTheReviewerDecides()
    {
        var stored = await ApproveAsync(HazardItem("h1", Hazard));
        var code = await CreateAsync(HazardItem("h2", Resurvey));
        var submitted = await _workflow.SubmitAsync(code, "officer", Ct);

        var refused = await _workflow.ApproveAsync(code, [], "reviewer", rebase: false, null, Ct);

        Assert.True(submitted.Success, submitted.Error); // duplicates wait for the reviewer
        var violation = Assert.Single(refused.Violations);
        Assert.Equal(GeometryErrorKind.NearDuplicate, violation.GeometryError);
        Assert.Equal((code + " item 'h2'", "geometry"), (violation.Record, violation.Field));
        Assert.Equal($"near-duplicate of hazardous area {stored}: they share 27628 m², 0.97 of the smaller area (near-duplicates share 0.90 or more). " +
            $"Approve with --update h2={stored} if the item describes that hazardous area, or with --create h2 to record a new one all the same.",
            violation.Message);
        Assert.NotNull(violation.Location);
        var (_, previewed) = await _workflow.PreviewAsync(code, [], Ct);
        Assert.Equal([violation], previewed);
    }

    [Fact]
    public async Task Approve_NearDuplicateWithExplicitCreate_RecordsANewHazard()
    {
        var stored = await ApproveAsync(HazardItem("h1", Hazard));
        var code = await CreateAsync(HazardItem("h2", Resurvey));
        await _workflow.SubmitAsync(code, "officer", Ct);

        var approved = await _workflow.ApproveAsync(code, [new ReconcileDecision("h2", ReconcileAction.Create, null)], "reviewer", rebase: false, null, Ct);

        Assert.True(approved.Success, approved.Error);
        var created = Assert.Single(approved.Effects);
        Assert.NotEqual(stored, created.Code);
        Assert.Equal(2, await CountHazardsAsync());
    }

    [Fact]
    public async Task Approve_NearDuplicateAsUpdate_MovesTheStoredHazard()
    {
        var stored = await ApproveAsync(HazardItem("h1", Hazard));
        var code = await CreateAsync(HazardItem("h2", Resurvey));
        await _workflow.SubmitAsync(code, "officer", Ct);

        var approved = await _workflow.ApproveAsync(code, [new ReconcileDecision("h2", ReconcileAction.Update, stored)], "reviewer", rebase: false, null, Ct);

        Assert.True(approved.Success, approved.Error);
        Assert.Equal((stored, 2), (approved.Effects[0].Code, approved.Effects[0].VersionAfter));
        Assert.Equal(1, await CountHazardsAsync());
    }

    [Fact]
    public async Task Approve_UpdateByCodeWithNewGeometry_IsNotADuplicateOfItself()
    {
        var stored = await ApproveAsync(HazardItem("h1", Hazard));
        var code = await CreateAsync(new FieldReportItem("h1", ObjectKind.HazardousArea, $$"""{"code":"{{stored}}"}""", Wkt.Read(Resurvey), null, null));
        await _workflow.SubmitAsync(code, "officer", Ct);

        var approved = await _workflow.ApproveAsync(code, [], "reviewer", rebase: false, null, Ct);

        Assert.True(approved.Success, approved.Error);
    }

    [Fact]
    public async Task Approve_SameHazardReportedTwice_IsRefusedAsDuplicate()
    {
        var stored = await ApproveAsync(HazardItem("h1", Hazard));
        var code = await CreateAsync(HazardItem("h1", Hazard));
        await _workflow.SubmitAsync(code, "officer", Ct);

        var refused = await _workflow.ApproveAsync(code, [], "reviewer", rebase: false, null, Ct);

        Assert.Equal(GeometryErrorKind.Duplicate, Assert.Single(refused.Violations).GeometryError);
        Assert.StartsWith($"duplicate of hazardous area {stored}: the geometry is the same. Approve with --update h1={stored}",
            refused.Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_HazardNextDoor_IsNotADuplicate()
    {
        await ApproveAsync(HazardItem("h1", Hazard));

        await ApproveAsync(HazardItem("h2", "POLYGON ((46.903 39.952, 46.905 39.952, 46.905 39.9535, 46.903 39.9535, 46.903 39.952))"));

        Assert.Equal(2, await CountHazardsAsync());
    }

    [Fact]
    public async Task Approve_UnapprovedThenApprovedAgain_IsNotADuplicateOfTheObjectItRecreates()
    {
        var report = await CreateAsync(HazardItem("h1", Hazard));
        await _workflow.SubmitAsync(report, "officer", Ct);
        await _workflow.ApproveAsync(report, [], "reviewer", rebase: false, null, Ct);
        await _workflow.UnapproveAsync(report, "checking the perimeter", "reviewer", Ct);

        var again = await _workflow.ApproveAsync(report, [], "reviewer", rebase: false, null, Ct);

        Assert.True(again.Success, again.Error);
    }

    private static FieldReportItem HazardItem(string itemRef, string wkt) =>
        new(itemRef, ObjectKind.HazardousArea, """{"areaClass":"sha","hazardType":"battle-area"}""", Wkt.Read(wkt), null, null);

    private async Task<string> CreateAsync(params FieldReportItem[] items)
    {
        var created = await _workflow.CreateDraftAsync(new FieldReportDraft { Title = "NTS north of Aghdam", FormType = "hazard-survey", Items = items },
            "officer", Ct);
        Assert.True(created.Success, created.Error);
        return created.Report.Code;
    }

    /// <summary>Creates, submits and approves a report; returns the code of the first object it created.</summary>
    private async Task<string> ApproveAsync(params FieldReportItem[] items)
    {
        var code = await CreateAsync(items);
        var submitted = await _workflow.SubmitAsync(code, "officer", Ct);
        Assert.True(submitted.Success, submitted.Error);
        var approved = await _workflow.ApproveAsync(code, [], "reviewer", rebase: false, null, Ct);
        Assert.True(approved.Success, approved.Error);
        return approved.Effects[0].Code;
    }

    private async Task<int> CountHazardsAsync()
    {
        var count = 0;
        await foreach (var hazard in _store.ListAsync(ObjectKind.HazardousArea, null, Ct))
        {
            Assert.IsType<HazardousArea>(hazard.State);
            count++;
        }

        return count;
    }

    /// <summary>A clock that moves a minute forward each time it is read, so that every step has its own instant.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private DateTimeOffset _now = new(2024, 5, 12, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now = _now.AddMinutes(1);
    }
}
