using System.Globalization;
using Homeward.Domain.Codes;
using Homeward.Domain.Objects;
using Homeward.Domain.Reports;
using Homeward.Domain.Storage;

namespace Homeward.Domain.Validation;

/// <summary>
/// Checks the rules every approved state must keep: acceptable geometry (see <see cref="GeometryRules"/>), known codes,
/// allowed status changes, released land inside its hazardous area and never more of it than the hazard holds, and
/// (on review) no new object that duplicates a stored one unless the reviewer says so.
/// </summary>
/// <param name="store">The store, for the objects the report does not hold.</param>
/// <param name="measure">Areas and distances in metres.</param>
/// <param name="codes">The code tables in force.</param>
/// <param name="options">The tolerances.</param>
public sealed class InvariantChecker(IHomewardStore store, IMetricMeasure measure, CodeTables codes, InvariantOptions options)
{
    /// <summary>Checks the planned changes of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="planned">What approving each item would store.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The rules broken; empty when approval may go ahead.</returns>
    public async Task<IReadOnlyList<InvariantViolation>> CheckAsync(FieldReport report, IReadOnlyList<PlannedChange> planned,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(planned);
        var violations = new List<InvariantViolation>();
        var byId = planned.ToDictionary(p => p.State.Id, p => p.State);
        foreach (var p in planned)
        {
            var record = ReportMaterializer.RecordName(report, p.Item, p.State.Code);
            // Geometry is checked where it enters: a new object's, or the one an update brings. An update that leaves the
            // geometry alone keeps the stored one, which was checked when it came in.
            if (p.IsCreate || p.Item.Geometry is not null)
            {
                violations.AddRange(GeometryRules.Check(p.State.Kind, p.State.Geometry, record, options.Geometry, measure));
            }

            CheckCodes(p.State, record, violations);
            CheckFields(p, record, violations);
        }

        if (violations.Count == 0)
        {
            await CheckReleasedAreasAsync(report, planned, byId, violations, cancellationToken).ConfigureAwait(false);
        }

        return violations;
    }

    /// <summary>
    /// Checks that the objects a report creates do not duplicate stored objects of the same kind (for the kinds
    /// <see cref="GeometryValidationOptions.DuplicateCheckedKinds"/> names): the same geometry, or a near-duplicate that
    /// shares at least <see cref="GeometryValidationOptions.NearDuplicateOverlapRatio"/> of the smaller area. The
    /// reviewer decides each such item: an update of the stored object, or, with an explicit
    /// <see cref="ReconcileAction.Create"/> decision, a new object all the same (which this check then accepts).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="planned">What approving each item would store.</param>
    /// <param name="decisions">The reviewer's decisions, by item reference.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>One violation per duplicate found, in the item's <c>geometry</c> field; empty when there is none.</returns>
    public async Task<IReadOnlyList<InvariantViolation>> CheckDuplicatesAsync(FieldReport report, IReadOnlyList<PlannedChange> planned,
        IReadOnlyDictionary<string, ReconcileDecision> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(decisions);
        var violations = new List<InvariantViolation>();
        HashSet<Guid>? plannedIds = null;
        foreach (var p in planned)
        {
            if (!p.IsCreate || p.State.Geometry is not { IsEmpty: false } geometry || !options.Geometry.DuplicateCheckedKinds.Contains(p.State.Kind)
                || (decisions.TryGetValue(p.Item.ItemRef, out var decision) && decision.Action == ReconcileAction.Create))
            {
                continue;
            }

            // The spatial index narrows the stored objects to those whose box meets this one: a few, not all of them.
            plannedIds ??= [.. planned.Select(c => c.State.Id)];
            var candidates = await store.QueryEnvelopeAsync(p.State.Kind, geometry.EnvelopeInternal, cancellationToken).ConfigureAwait(false);
            var others = candidates.Select(c => c.State).Where(s => !plannedIds.Contains(s.Id));
            var record = ReportMaterializer.RecordName(report, p.Item, p.State.Code);
            foreach (var (stored, error) in OverlapRules.Find(geometry, others, options.Geometry, measure))
            {
                var item = p.Item.ItemRef;
                violations.Add(error.ToViolation(record) with
                {
                    Message = $"{error.Message} Approve with --update {item}={stored.Code} if the item describes that {OverlapRules.Words(stored.Kind)}, " +
                        $"or with --create {item} to record a new one all the same.",
                });
            }
        }

        return violations;
    }

    private void CheckCodes(DomainObject state, string record, List<InvariantViolation> violations)
    {
        foreach (var property in ObjectSchema.Of(state.Kind).Properties.Where(p => p.CodeTable is not null))
        {
            var values = property.GetValue(state) switch
            {
                string s => [s],
                IEnumerable<string> list => list,
                _ => [],
            };
            foreach (var value in values.Where(v => !codes.Contains(property.CodeTable!, v)))
            {
                var suggestions = codes.Suggest(property.CodeTable!, value);
                var hint = suggestions.Count > 0 ? $" Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?" : string.Empty;
                violations.Add(new InvariantViolation(record, property.JsonName, null,
                    $"'{value}' is not a code of the {property.CodeTable} table.{hint}"));
            }
        }
    }

    private static void CheckFields(PlannedChange p, string record, List<InvariantViolation> violations)
    {
        switch (p.State)
        {
            case HazardousArea h:
                if (p.Target?.State is HazardousArea old && !HazardStatusTransitions.IsAllowed(old.Status, h.Status))
                {
                    violations.Add(new InvariantViolation(record, "status", null,
                        $"a hazardous area cannot go from {EnumText.Of(old.Status)} to {EnumText.Of(h.Status)}."));
                }

                if (h.Status == HazardStatus.ClosedOther && string.IsNullOrWhiteSpace(h.ClosureReason))
                {
                    violations.Add(new InvariantViolation(record, "closureReason", null, "closing an area as closedOther needs a reason."));
                }

                if (h.Priority is < 1 or > 5)
                {
                    violations.Add(new InvariantViolation(record, "priority", null, $"priority {h.Priority} is outside 1 (highest) to 5."));
                }

                break;
            case Activity a:
                if (p.Target?.State is Activity oldActivity && !ActivityStatusTransitions.IsAllowed(oldActivity.Status, a.Status))
                {
                    violations.Add(new InvariantViolation(record, "status", null,
                        $"an activity cannot go from {EnumText.Of(oldActivity.Status)} to {EnumText.Of(a.Status)}."));
                }

                if (a.EndedOn < a.StartedOn)
                {
                    violations.Add(new InvariantViolation(record, "endedOn", null,
                        string.Create(CultureInfo.InvariantCulture, $"the activity ends ({a.EndedOn:yyyy-MM-dd}) before it starts ({a.StartedOn:yyyy-MM-dd}).")));
                }

                break;
            case DeviceFinding d when d.Quantity < 1:
                violations.Add(new InvariantViolation(record, "quantity", null, $"a finding counts at least one device, not {d.Quantity}."));
                break;
            case ReleasedArea { Outcome: not ReleaseOutcome.Cleared, ClearanceDepthCentimetres: not null }:
                violations.Add(new InvariantViolation(record, "clearanceDepthCentimetres", null, "only cleared land has a clearance depth."));
                break;
            case Asset asset when !(asset.BaselineQuantity >= 0) || !double.IsFinite(asset.BaselineQuantity):
                violations.Add(new InvariantViolation(record, "baselineQuantity", null,
                    string.Create(CultureInfo.InvariantCulture, $"the baseline quantity is zero or more, not {asset.BaselineQuantity} {asset.Unit}.")));
                break;
            case ReconstructionProject project:
                CheckProject(project, record, violations);
                break;
        }
    }

    private static void CheckProject(ReconstructionProject project, string record, List<InvariantViolation> violations)
    {
        if (project.PlannedEnd < project.PlannedStart)
        {
            violations.Add(new InvariantViolation(record, "plannedEnd", null, string.Create(CultureInfo.InvariantCulture,
                $"the planned end ({project.PlannedEnd:yyyy-MM-dd}) is before the planned start ({project.PlannedStart:yyyy-MM-dd}).")));
        }

        if (project.ActualEnd < project.ActualStart)
        {
            violations.Add(new InvariantViolation(record, "actualEnd", null, string.Create(CultureInfo.InvariantCulture,
                $"the project ends ({project.ActualEnd:yyyy-MM-dd}) before it starts ({project.ActualStart:yyyy-MM-dd}).")));
        }

        if (project.BudgetAmount < 0)
        {
            violations.Add(new InvariantViolation(record, "budgetAmount", null,
                string.Create(CultureInfo.InvariantCulture, $"the budget is zero or more, not {project.BudgetAmount}.")));
        }

        if (project.BudgetCurrency is { } currency && !(currency.Length == 3 && currency.All(char.IsAsciiLetterUpper)))
        {
            violations.Add(new InvariantViolation(record, "budgetCurrency", null,
                $"'{currency}' is not an ISO 4217 currency code (three capital letters, such as AZN, USD or EUR)."));
        }
        else if (project.BudgetAmount is not null && project.BudgetCurrency is null)
        {
            violations.Add(new InvariantViolation(record, "budgetCurrency", null, "a budget needs its currency (an ISO 4217 code such as AZN)."));
        }
    }

    private async Task CheckReleasedAreasAsync(FieldReport report, IReadOnlyList<PlannedChange> planned,
        Dictionary<Guid, DomainObject> byId, List<InvariantViolation> violations, CancellationToken cancellationToken)
    {
        var releasedByHazard = planned.Where(p => p.State is ReleasedArea).GroupBy(p => ((ReleasedArea)p.State).HazardousAreaId);
        foreach (var group in releasedByHazard)
        {
            var hazard = byId.TryGetValue(group.Key, out var h) ? h as HazardousArea
                : (await store.GetAsync(group.Key, null, cancellationToken).ConfigureAwait(false))?.State as HazardousArea;
            if (hazard?.Geometry is null)
            {
                continue; // The reference check already named a missing hazard.
            }

            var tolerance = options.ReleasedOutsideHazardToleranceMetres;
            double plannedSum = 0;
            foreach (var p in group)
            {
                var released = (ReleasedArea)p.State;
                plannedSum += released.AreaSquareMetres;
                var (distance, worst) = measure.Protrusion(released.Geometry!, hazard.Geometry);
                if (distance > tolerance)
                {
                    violations.Add(new InvariantViolation(ReportMaterializer.RecordName(report, p.Item, released.Code), "geometry", worst,
                        string.Create(CultureInfo.InvariantCulture,
                            $"the released area lies {distance:0.0} m outside hazardous area {hazard.Code} (tolerance {tolerance:0.0} m).")));
                }
            }

            var plannedIds = group.Select(p => p.State.Id).ToHashSet();
            var stored = await store.QueryEnvelopeAsync(ObjectKind.ReleasedArea, hazard.Geometry.EnvelopeInternal, cancellationToken)
                .ConfigureAwait(false);
            var storedSum = stored.Select(s => s.State).OfType<ReleasedArea>()
                .Where(r => r.HazardousAreaId == hazard.Id && !plannedIds.Contains(r.Id))
                .Sum(r => r.AreaSquareMetres);
            var limit = hazard.AreaSquareMetres * (1 + options.ReleasedAreaExcessToleranceRatio);
            if (storedSum + plannedSum > limit)
            {
                var last = group.Last();
                violations.Add(new InvariantViolation(ReportMaterializer.RecordName(report, last.Item, last.State.Code), "geometry", null,
                    string.Create(CultureInfo.InvariantCulture,
                        $"the released areas of {hazard.Code} would total {storedSum + plannedSum:0} m² ({storedSum:0} m² already released, {plannedSum:0} m² in this report), more than its {hazard.AreaSquareMetres:0} m².")));
            }
        }
    }
}
