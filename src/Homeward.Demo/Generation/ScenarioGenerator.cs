using System.Globalization;
using Homeward.Demo.Region;
using Homeward.Domain;

namespace Homeward.Demo.Generation;

/// <summary>
/// Generates the demo as field reports: the real districts and settlements, then the synthetic organisations,
/// hazardous areas and five years of land release. A pure function of the region data, the options and the measure.
/// </summary>
internal static class ScenarioGenerator
{
    /// <summary>The number of hazardous areas at <see cref="DemoOptions.Scale"/> 1.</summary>
    public const int FullScaleHazardCount = 3_000;

    /// <summary>The stage names, in build order.</summary>
    public static IReadOnlyList<string> Stages { get; } =
        ["Administrative areas", "Settlements", "Organisations and teams", "Hazardous areas", WorkReports.Stage];

    /// <summary>Generates the scenario.</summary>
    /// <param name="region">The real districts and settlements.</param>
    /// <param name="options">The seed and scale.</param>
    /// <param name="measure">Areas in m², as approval will compute them.</param>
    /// <returns>The reports in approval order, and the plans.</returns>
    public static Scenario Generate(RegionData region, DemoOptions options, IMetricMeasure measure)
    {
        var random = new Random(options.Seed);
        // Identities come from their own stream, so that they do not shift when the geometry draws change.
        var ids = new Random(unchecked((options.Seed * 7919) + 17));
        Guid NextId() => RandomSampling.NextGuid(ids);

        var reports = new List<(DateOnly Day, ScenarioReport Report)>
        {
            (new DateOnly(2021, 1, 4), new ScenarioReport(NextId(), Stages[0], "Administrative areas of Azerbaijan (Natural Earth 1:10m)", "import",
                new DateOnly(2021, 1, 4), default, false, [.. region.Districts.Select((d, i) => ScenarioItems.AdministrativeArea($"a{i + 1}", d))])),
            (new DateOnly(2021, 1, 5), new ScenarioReport(NextId(), Stages[1], "Settlements of Azerbaijan (GeoNames)", "import",
                new DateOnly(2021, 1, 5), default, false, [.. region.Settlements.Select((s, i) => ScenarioItems.Settlement($"s{i + 1}", s))])),
        };

        var operators = OrganisationGenerator.Generate(random, region.FocusDistricts);
        var organisationItems = new List<ScenarioItem>
        {
            ScenarioItems.Organisation("o0", OrganisationGenerator.NationalAuthorityKey, "National Mine Action Agency (synthetic)", "national-authority", null),
        };
        organisationItems.AddRange(operators.Select((o, i) => ScenarioItems.Organisation($"o{i + 1}", o.Key, o.Name, o.OrganisationType,
            new DateOnly(2026, 12, 31))));
        organisationItems.AddRange(operators.SelectMany(o => o.Teams).Select((t, i) => ScenarioItems.Team($"t{i + 1}", t, operators[t.Operator].Key)));
        reports.Add((new DateOnly(2021, 1, 8), new ScenarioReport(NextId(), Stages[2], "Accredited operators and teams (synthetic)", "accreditation",
            new DateOnly(2021, 1, 8), default, true, organisationItems)));

        var hazardCount = Math.Max(region.FocusDistricts.Count, (int)Math.Round(FullScaleHazardCount * options.Scale));
        var hazards = HazardGenerator.Generate(random, region.FocusDistricts, operators, hazardCount, measure);
        foreach (var group in hazards.GroupBy(h => (h.RecordedOn.Month, h.District.ShortCode)).OrderBy(g => g.Key.Month)
            .ThenBy(g => g.Key.ShortCode, StringComparer.Ordinal))
        {
            var day = new DateOnly(2021, group.Key.Month, DateTime.DaysInMonth(2021, group.Key.Month));
            var title = string.Create(CultureInfo.InvariantCulture, $"Non-technical survey 2021-{group.Key.Month:D2}: {group.First().District.Name.En}");
            reports.Add((day, new ScenarioReport(NextId(), Stages[3], title, "hazard-survey", day, default, true,
                [.. group.Select((h, i) => ScenarioItems.Hazard($"h{i + 1}", h))])));
        }

        var work = WorkGenerator.Generate(random, hazards, operators, measure);
        reports.AddRange(WorkReports.Create(work, operators, NextId));
        return new Scenario(Schedule(reports), operators, work);
    }

    /// <summary>
    /// Puts the reports in approval order (by day, then as generated) and gives each a distinct instant from 08:00 UTC
    /// on its day, three minutes apart, so that every commit of the store is later than the one before.
    /// </summary>
    private static List<ScenarioReport> Schedule(List<(DateOnly Day, ScenarioReport Report)> reports)
    {
        var ordered = reports.Select((r, i) => (r.Day, r.Report, Index: i)).OrderBy(r => r.Day).ThenBy(r => r.Index).ToList();
        var result = new List<ScenarioReport>(ordered.Count);
        var slot = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            slot = i > 0 && ordered[i].Day == ordered[i - 1].Day ? slot + 1 : 0;
            var at = new DateTimeOffset(ordered[i].Day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(3 * slot);
            result.Add(ordered[i].Report with { ApprovedAt = at });
        }

        return result;
    }
}
