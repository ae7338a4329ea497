using Homeward.Domain;
using Homeward.Domain.Objects;

namespace Homeward.Demo.Generation;

/// <summary>
/// Plays out land release on the hazardous areas from 2021 to 2025: which are worked and when (high priority
/// first, more each year), then for each a non-technical survey that cancels, a technical survey that reduces and a
/// clearance (or battle-area clearance) that clears the rest, piece by piece, with the devices found.
/// </summary>
internal static class WorkGenerator
{
    /// <summary>The last day of the generated period.</summary>
    public static readonly DateOnly PeriodEnd = new(2025, 12, 31);

    /// <summary>The share of hazards on which work starts within the period.</summary>
    private const double WorkedShare = 0.72;

    private static readonly (int Year, double Weight)[] StartYears = [(2021, 0.07), (2022, 0.13), (2023, 0.19), (2024, 0.24), (2025, 0.37)];

    /// <summary>Plays out the work on every hazard.</summary>
    /// <param name="random">The seeded source.</param>
    /// <param name="hazards">The hazards.</param>
    /// <param name="operators">The operators, indexed as <see cref="HazardPlan.Operator"/>.</param>
    /// <param name="measure">Areas in m².</param>
    /// <returns>What happened to each hazard, in the order of <paramref name="hazards"/>.</returns>
    public static IReadOnlyList<HazardWork> Generate(Random random, IReadOnlyList<HazardPlan> hazards, IReadOnlyList<OperatorPlan> operators,
        IMetricMeasure measure)
    {
        var byUrgency = hazards.Select(h => (Hazard: h, Rank: h.Priority + (random.NextDouble() * 2.5)))
            .OrderBy(x => x.Rank).ThenBy(x => x.Hazard.Key, StringComparer.Ordinal).Select(x => x.Hazard).ToList();
        var worked = (int)Math.Round(hazards.Count * WorkedShare);
        var starts = Enumerable.Range(0, worked).Select(_ => DrawStart(random)).Order().ToList();
        var startOf = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (var i = 0; i < worked; i++)
        {
            startOf[byUrgency[i].Key] = starts[i];
        }

        var work = new List<HazardWork>(hazards.Count);
        foreach (var hazard in hazards)
        {
            if (startOf.TryGetValue(hazard.Key, out var start))
            {
                var earliest = hazard.RecordedOn.AddDays(14 + random.Next(30));
                work.Add(Work(random, hazard, operators[hazard.Operator], start > earliest ? start : earliest, measure));
            }
            else
            {
                work.Add(new HazardWork(hazard, 0, [], [], [], null));
            }
        }

        return work;
    }

    private static DateOnly DrawStart(Random random)
    {
        var year = RandomSampling.Weighted(random, StartYears);
        return new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
    }

    private static HazardWork Work(Random random, HazardPlan hazard, OperatorPlan op, DateOnly start, IMetricMeasure measure)
    {
        var count = Math.Clamp((int)Math.Round(6 + (Math.Sqrt(hazard.AreaSquareMetres / 1e6) * 10)), 6, 60);
        var pieces = HazardSlicer.Slice(hazard.Geometry, count, random.NextDouble() < 0.5, random);
        var areas = pieces.Select(measure.AreaSquareMetres).ToArray();
        var total = areas.Sum();
        var (cancelShare, reduceShare) = hazard.AreaClass == AreaClass.Sha
            ? (RandomSampling.Uniform(random, 0.28, 0.78), RandomSampling.Uniform(random, 0.25, 0.60))
            : (RandomSampling.Uniform(random, 0.0, 0.30), RandomSampling.Uniform(random, 0.15, 0.45));
        var cancelEnd = cancelShare * total;
        var reduceEnd = cancelEnd + (reduceShare * (total - cancelEnd));
        var stageOf = new int[pieces.Count];
        var cumulative = 0.0;
        for (var j = 0; j < pieces.Count; j++)
        {
            var middle = cumulative + (areas[j] / 2);
            stageOf[j] = middle < cancelEnd ? 0 : middle < reduceEnd ? 1 : 2;
            cumulative += areas[j];
        }

        var activities = new List<ActivityPlan>();
        var releases = new List<ReleasePlan>();
        var devices = new List<DevicePlan>();
        var day = start;
        for (var stage = 0; stage < 3 && day <= PeriodEnd; stage++)
        {
            var indexes = Enumerable.Range(0, pieces.Count).Where(j => stageOf[j] == stage).ToArray();
            if (indexes.Length == 0)
            {
                continue;
            }

            var type = stage switch { 0 => "nts", 1 => "ts", _ => hazard.IsMinefield || hazard.HazardType == "ied" ? "clearance" : "bac" };
            var (team, methods, rate) = ActivityTeams.Choose(random, op, type);
            var stageArea = indexes.Sum(j => areas[j]);
            var days = type == "nts" ? 5 + random.Next(30) : Math.Max(3, (int)Math.Ceiling(stageArea / rate));
            var last = day.AddDays(days - 1);
            var activity = new ActivityPlan($"act:{hazard.Key}:{stage}", hazard, team, type, methods, day, last <= PeriodEnd ? last : null);
            activities.Add(activity);
            int? depth = type switch
            {
                "clearance" => new[] { 13, 15, 20, 25, 30, 40, 50 }[random.Next(7)],
                "bac" => new[] { 13, 15, 20, 25, 30 }[random.Next(5)],
                _ => null,
            };
            var outcome = stage switch { 0 => ReleaseOutcome.Cancelled, 1 => ReleaseOutcome.Reduced, _ => ReleaseOutcome.Cleared };
            var done = 0.0;
            foreach (var j in indexes)
            {
                done += areas[j];
                var offset = Math.Clamp((int)Math.Ceiling(days * done / stageArea) - 1, 0, days - 1);
                var releasedOn = day.AddDays(offset);
                if (releasedOn > PeriodEnd)
                {
                    break;
                }

                var release = new ReleasePlan($"rel:{hazard.Key}:{j:D2}", activity, outcome, releasedOn, depth, pieces[j], areas[j]);
                releases.Add(release);
                if (outcome == ReleaseOutcome.Cleared)
                {
                    devices.AddRange(DeviceFindings.Draw(random, release, depth!.Value));
                }
            }

            day = last.AddDays(stage == 0 ? random.Next(7, 61) : random.Next(14, 91));
        }

        var closedOn = releases.Count == pieces.Count ? releases.Max(r => r.ReleasedOn) : (DateOnly?)null;
        return new HazardWork(hazard, pieces.Count, activities, releases, devices, closedOn);
    }
}
