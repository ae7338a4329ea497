using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Storage;
using Homeward.Geo.Overlay;

namespace Homeward.Planning.Model;

/// <summary>
/// Builds the <see cref="PlanningModel"/> from a store as it is (or was on a date): the uncleared hazardous areas
/// split into work packages, the teams, and the settlements with the hazards blocking them (from the overlay engine).
/// </summary>
public static class PlanningModelBuilder
{
    /// <summary>Builds the model.</summary>
    /// <param name="store">The database.</param>
    /// <param name="assumptions">The assumptions.</param>
    /// <param name="asOf">The instant to plan from, or null for the current state.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<PlanningModel> BuildAsync(IHomewardStore store, PlanningAssumptions assumptions, DateTimeOffset? asOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(assumptions);
        var dataVersion = await store.GetDataVersionAsync(cancellationToken).ConfigureAwait(false);
        var synthetic = false;

        var districts = new Dictionary<Guid, string>();
        await foreach (var s in store.ListAsync(ObjectKind.AdministrativeArea, asOf, cancellationToken).ConfigureAwait(false))
        {
            var area = (AdministrativeArea)s.State;
            districts[area.Id] = area.ShortCode ?? area.Code;
        }

        var released = new Dictionary<Guid, double>();
        await foreach (var s in store.ListAsync(ObjectKind.ReleasedArea, asOf, cancellationToken).ConfigureAwait(false))
        {
            var r = (ReleasedArea)s.State;
            released[r.HazardousAreaId] = released.GetValueOrDefault(r.HazardousAreaId) + r.AreaSquareMetres;
        }

        var casualties = new HashSet<Guid>();
        await foreach (var s in store.ListAsync(ObjectKind.Accident, asOf, cancellationToken).ConfigureAwait(false))
        {
            if (((Accident)s.State).HazardousAreaId is { } id)
            {
                casualties.Add(id);
            }
        }

        var hazards = new List<(HazardousArea Hazard, double Remaining)>();
        await foreach (var s in store.ListAsync(ObjectKind.HazardousArea, asOf, cancellationToken).ConfigureAwait(false))
        {
            var h = (HazardousArea)s.State;
            var remaining = Math.Max(0, h.AreaSquareMetres - released.GetValueOrDefault(h.Id));
            if (h.Status is HazardStatus.Open or HazardStatus.InProgress && remaining >= 1 && h.Geometry is { IsEmpty: false })
            {
                synthetic |= h.IsSynthetic;
                hazards.Add((h, remaining));
            }
        }

        var settlementAssets = new List<(OverlayAsset Asset, string? District)>();
        await foreach (var s in store.ListAsync(ObjectKind.Settlement, asOf, cancellationToken).ConfigureAwait(false))
        {
            var settlement = (Settlement)s.State;
            if (settlement.Geometry is { IsEmpty: false } geometry)
            {
                synthetic |= settlement.IsSynthetic;
                var district = settlement.AdministrativeAreaId is { } id && districts.TryGetValue(id, out var d) ? d : null;
                settlementAssets.Add((new OverlayAsset(settlement.Code, settlement.Name.En, geometry) { Population = settlement.PopulationBefore }, district));
            }
        }

        var teams = new List<PlanningTeam>();
        var organisations = new Dictionary<Guid, string>();
        await foreach (var s in store.ListAsync(ObjectKind.Organisation, asOf, cancellationToken).ConfigureAwait(false))
        {
            organisations[s.State.Id] = s.State.Code;
        }

        await foreach (var s in store.ListAsync(ObjectKind.Team, asOf, cancellationToken).ConfigureAwait(false))
        {
            var team = (Team)s.State;
            if (ClearanceMethods.FromCapability(team.Capability) is not { } method)
            {
                continue;
            }

            synthetic |= team.IsSynthetic;
            var point = team.Geometry?.Centroid;
            teams.Add(new PlanningTeam(team.Code, team.Name, method)
            {
                Organisation = organisations.GetValueOrDefault(team.OrganisationId),
                BaseLongitude = point is { IsEmpty: false } ? point.X : null,
                BaseLatitude = point is { IsEmpty: false } ? point.Y : null,
            });
        }

        foreach (var (name, count) in assumptions.ExtraTeams.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var method = ClearanceMethods.Parse(name)
                ?? throw new FormatException($"Extra teams: \"{name}\" is not a method (survey, manual, mdd, mechanical, eod, mixed).");
            for (var i = 1; i <= count; i++)
            {
                teams.Add(new PlanningTeam(string.Create(CultureInfo.InvariantCulture, $"EXTRA-{method.ToString().ToUpperInvariant()}-{i:00}"),
                    $"Scenario {method.ToString().ToLowerInvariant()} team {i}", method)
                { Hypothetical = true });
            }
        }

        // What each hazard blocks: settlements within the radius, people counted once.
        var engine = new OverlayEngine(hazards.Select(h => OverlayHazard.From(h.Hazard)));
        var overlay = engine.Compute(settlementAssets.Select(a => a.Asset).ToArray(), new OverlayParameters(assumptions.SettlementRadiusMetres),
            degreeOfParallelism: 2, cancellationToken);
        var peopleByHazard = overlay.Hazards.ToDictionary(h => h.Hazard.Code, h => h.PeopleKeptFromHome, StringComparer.Ordinal);
        var districtOfSettlement = settlementAssets.ToDictionary(a => a.Asset.Id, a => a.District, StringComparer.Ordinal);
        var settlements = overlay.Assets
            .Select(a => new SettlementTarget(a.Asset.Id, a.Asset.Label, a.Asset.Population ?? 0,
                [.. a.Blockages.Select(b => b.HazardCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)])
            { District = districtOfSettlement.GetValueOrDefault(a.Asset.Id) })
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToArray();
        var blocksSettlement = settlements.Where(s => s.Population > 0).SelectMany(s => s.BlockingHazards).ToHashSet(StringComparer.Ordinal);

        var productivity = assumptions.Productivity();
        var crews = teams.Select(productivity.CrewOf).ToHashSet();
        var packages = new List<WorkPackage>();
        foreach (var (hazard, remaining) in hazards.OrderBy(h => h.Hazard.Code, StringComparer.Ordinal))
        {
            var district = hazard.AdministrativeAreaId is { } id && districts.TryGetValue(id, out var d) ? d : null;
            var centre = hazard.Geometry!.Centroid;
            var ruleClass = RuleClassOf(hazard, casualties.Contains(hazard.Id), blocksSettlement.Contains(hazard.Code));
            var landUseWeight = hazard.BlockedLandUse.Sum(u => assumptions.LandUseWeightPerHectare.GetValueOrDefault(u)) *
                assumptions.DistrictWeights.GetValueOrDefault(district ?? "", 1);
            WorkPackage Make(string suffix, WorkKind work, double area, double releases) =>
                new(hazard.Code + "/" + suffix, hazard.Id, hazard.Code, work, area, releases)
                {
                    District = district,
                    AreaClass = hazard.AreaClass,
                    RuleClass = ruleClass,
                    RecordedPriority = hazard.Priority,
                    PeopleBlocked = peopleByHazard.GetValueOrDefault(hazard.Code),
                    Beneficiaries = hazard.Beneficiaries?.Total ?? 0,
                    InfrastructureWeight = landUseWeight * releases / 10_000,
                    Longitude = centre.X,
                    Latitude = centre.Y,
                };

            var predecessors = new List<string>();
            double clearanceArea;
            double clearanceReleases;
            if (hazard.AreaClass == AreaClass.Sha)
            {
                // Survey of a large area is split like clearance, so several teams can share it.
                var reduction = assumptions.ShaSurveyReduction.Mean;
                var surveyRate = crews.Select(c => c.Rate(productivity, WorkKind.Survey)?.Mean ?? 0).DefaultIfEmpty(0).Max();
                var surveyParts = surveyRate > 0 ? Math.Max(1, (int)Math.Ceiling(remaining / surveyRate / Math.Max(1, assumptions.MaxPackageTeamDays))) : 1;
                for (var part = 1; part <= surveyParts; part++)
                {
                    var survey = Make(surveyParts == 1 ? "S" : string.Create(CultureInfo.InvariantCulture, $"S{part}"), WorkKind.Survey,
                        remaining / surveyParts, remaining * reduction / surveyParts);
                    packages.Add(survey);
                    predecessors.Add(survey.Id);
                }
                clearanceArea = remaining * (1 - reduction);
                clearanceReleases = clearanceArea;
            }
            else
            {
                clearanceArea = remaining * (1 - assumptions.ChaReduction.Mean);
                clearanceReleases = remaining;
            }

            if (clearanceArea < 1)
            {
                continue;
            }

            var work = ClearanceMethods.ClearanceFor(hazard.HazardType);
            var fastest = crews.Select(c => c.Rate(productivity, work)?.Mean ?? 0).DefaultIfEmpty(0).Max();
            var teamDays = fastest > 0 ? clearanceArea / fastest : 1;
            var parts = Math.Max(1, (int)Math.Ceiling(teamDays / Math.Max(1, assumptions.MaxPackageTeamDays)));
            for (var part = 1; part <= parts; part++)
            {
                packages.Add(Make(string.Create(CultureInfo.InvariantCulture, $"C{part}"), work, clearanceArea / parts, clearanceReleases / parts)
                    with
                { Predecessors = predecessors });
            }
        }

        return new PlanningModel(assumptions, packages, teams, settlements)
        {
            AsOf = asOf,
            DataVersion = dataVersion,
            ContainsSyntheticData = synthetic,
        };
    }

    /// <summary>The ANAMA rule class of a hazard.</summary>
    public static PriorityRuleClass RuleClassOf(HazardousArea hazard, bool hasCasualties, bool blocksSettlement)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        var uses = hazard.BlockedLandUse;
        if (hasCasualties)
        {
            return PriorityRuleClass.Casualties;
        }

        if (hazard.Priority == 1)
        {
            return PriorityRuleClass.SocioEconomic;
        }

        if (blocksSettlement || uses.Contains("housing"))
        {
            return PriorityRuleClass.Resettlement;
        }

        if (uses.Any(u => u is "road" or "infrastructure" or "water"))
        {
            return PriorityRuleClass.Reconstruction;
        }

        return uses.Any(u => u is "agriculture" or "grazing") ? PriorityRuleClass.FoodSecurity : PriorityRuleClass.Other;
    }
}
