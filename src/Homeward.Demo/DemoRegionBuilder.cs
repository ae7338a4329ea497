using Homeward.Demo.Generation;
using Homeward.Demo.Region;
using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;
using Homeward.Domain.Validation;

namespace Homeward.Demo;

/// <summary>
/// Builds the demo region into a store: the real districts and settlements of Azerbaijan (with the 13 Karabakh focus
/// areas) and a seeded, synthetic history of mine action in them over 2021–2025. Everything enters as field reports
/// that are created, submitted and approved through <see cref="ReviewWorkflow"/>, each at an instant within its
/// period, so that the store's history reads as the work happened. Every synthetic object is flagged
/// <see cref="DomainObject.IsSynthetic"/>; the same options give the same content. Not thread-safe.
/// </summary>
public sealed class DemoRegionBuilder
{
    private const string FieldOfficer = "demo-field-officer";
    private const string Reviewer = "demo-reviewer";

    /// <summary>Builds the demo region into <paramref name="store"/>, which should be empty.</summary>
    /// <param name="store">The store to fill.</param>
    /// <param name="measure">The deployment's measure (UTM 38N for Karabakh); used for every area.</param>
    /// <param name="options">The seed, scale and data folder.</param>
    /// <param name="progress">Told after each approved report, if given.</param>
    /// <param name="cancellationToken">Cancels the build between reports; what was approved stays.</param>
    /// <returns>What was stored.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="DemoOptions.Scale"/> is not greater than 0 and at most 10.</exception>
    /// <exception cref="FileNotFoundException">A region file is missing from the data folder.</exception>
    /// <exception cref="DemoApprovalException">The workflow refused a generated report (a defect, not a user error).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "An instance method, so that callers hold a builder and the API can take construction options later without a break.")]
    public async Task<DemoSummary> BuildAsync(IHomewardStore store, IMetricMeasure measure, DemoOptions options, IProgress<DemoProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Scale, 10);

        var region = await RegionDataReader.ReadAsync(options.DataDirectory ?? RegionDataReader.DefaultDirectory, cancellationToken)
            .ConfigureAwait(false);
        var scenario = ScenarioGenerator.Generate(region, options, measure);
        var totals = scenario.Reports.GroupBy(r => r.Stage, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var done = new Dictionary<string, int>(StringComparer.Ordinal);

        var clock = new ReportClock();
        var workflow = new ReviewWorkflow(store, measure, clock, InvariantOptions.Default);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var report in scenario.Reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await ApproveAsync(workflow, clock, report, codes, cancellationToken).ConfigureAwait(false);
            done[report.Stage] = done.GetValueOrDefault(report.Stage) + 1;
            progress?.Report(new DemoProgress(report.Stage, done[report.Stage], totals[report.Stage]));
        }

        return Summarize(scenario, region);
    }

    private static async Task ApproveAsync(ReviewWorkflow workflow, ReportClock clock, ScenarioReport report, Dictionary<string, string> codes,
        CancellationToken cancellationToken)
    {
        var draft = report.ToDraft(key => codes.TryGetValue(key, out var code) ? code
            : throw new KeyNotFoundException($"The demo report '{report.Title}' refers to '{key}', which no earlier report created."));

        clock.Set(report.ApprovedAt.AddMinutes(-2));
        var created = await workflow.CreateDraftAsync(draft, FieldOfficer, cancellationToken).ConfigureAwait(false);
        var code = Check(report, "create", created).Code;

        clock.Set(report.ApprovedAt.AddMinutes(-1));
        Check(report, "submit", await workflow.SubmitAsync(code, FieldOfficer, cancellationToken).ConfigureAwait(false));

        clock.Set(report.ApprovedAt);
        var approved = await workflow.ApproveAsync(code, [], Reviewer, rebase: false, null, cancellationToken).ConfigureAwait(false);
        if (!approved.Success && approved.Violations.Count > 0
            && approved.Violations.All(v => v.GeometryError is GeometryErrorKind.Duplicate or GeometryErrorKind.NearDuplicate))
        {
            // The generator places each hazard on its own, so a small one often falls inside an earlier, larger one (at full
            // scale, about one pair in five hazards). Knowing they are distinct, the demo's reviewer records them as new
            // areas, as any reviewer may (approve --create ITEM).
            var matches = await workflow.ProposeMatchesAsync(code, InvariantOptions.Default.Geometry.NearDuplicateOverlapRatio, cancellationToken)
                .ConfigureAwait(false);
            var creates = matches.Where(m => m.OverlapRatio is not null).Select(m => m.ItemRef).Distinct(StringComparer.Ordinal)
                .Select(item => new ReconcileDecision(item, ReconcileAction.Create, null)).ToList();
            approved = await workflow.ApproveAsync(code, creates, Reviewer, rebase: false, null, cancellationToken).ConfigureAwait(false);
        }

        Check(report, "approve", approved);

        // Approval applies the items in order, so the effects of created objects line up with the items that have keys.
        var effects = approved.Effects.Where(e => e.Change == ChangeKind.Created).ToList();
        var creating = report.Items.Where(i => i.Key is not null).ToList();
        if (effects.Count != creating.Count)
        {
            throw new DemoApprovalException(report.Title, "approve",
                $"approval created {effects.Count} objects where the report has {creating.Count} new items.");
        }

        for (var i = 0; i < creating.Count; i++)
        {
            if (effects[i].Kind != creating[i].Kind)
            {
                throw new DemoApprovalException(report.Title, "approve",
                    $"item '{creating[i].ItemRef}' is a {creating[i].Kind}, but the matching change created a {effects[i].Kind}.");
            }

            codes[creating[i].Key!] = effects[i].Code;
        }
    }

    private static FieldReport Check(ScenarioReport report, string step, ReviewOutcome outcome) =>
        outcome.Success ? outcome.Report : throw new DemoApprovalException(report.Title, step, outcome.Error ?? "refused without a reason.");

    private static DemoSummary Summarize(Scenario scenario, RegionData region)
    {
        var releases = scenario.Work.SelectMany(w => w.Releases).ToList();
        double Released(ReleaseOutcome outcome) => releases.Where(r => r.Outcome == outcome).Sum(r => r.AreaSquareMetres);
        var devices = scenario.Work.SelectMany(w => w.Devices).ToList();
        return new DemoSummary(
            scenario.Reports.Count,
            region.Districts.Count,
            region.Settlements.Count,
            scenario.Operators.Count + 1,
            scenario.Operators.Sum(o => o.Teams.Count),
            scenario.Work.Count,
            scenario.Work.Count(w => w.ClosedOn is not null),
            scenario.Work.Sum(w => w.Activities.Count),
            releases.Count,
            devices.Count,
            devices.Sum(d => (long)d.Quantity),
            scenario.Work.Sum(w => w.Hazard.AreaSquareMetres),
            Released(ReleaseOutcome.Cancelled),
            Released(ReleaseOutcome.Reduced),
            Released(ReleaseOutcome.Cleared));
    }
}
