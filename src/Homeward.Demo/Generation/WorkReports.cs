using System.Globalization;
using Homeward.Domain.Objects;

namespace Homeward.Demo.Generation;

/// <summary>
/// Batches the land-release work into monthly reports, one per operator and district: the activities started, the
/// land released, the devices found, the activities finished and the hazards whose status changed that month.
/// </summary>
internal static class WorkReports
{
    /// <summary>The stage name of these reports.</summary>
    public const string Stage = "Land release";

    /// <summary>Makes the reports, in month, operator and district order.</summary>
    /// <param name="work">What happened to each hazard.</param>
    /// <param name="operators">The operators.</param>
    /// <param name="nextId">Draws the next report identity.</param>
    /// <returns>The reports, each to be approved on the last day of its month.</returns>
    public static IEnumerable<(DateOnly Day, ScenarioReport Report)> Create(IReadOnlyList<HazardWork> work, IReadOnlyList<OperatorPlan> operators,
        Func<Guid> nextId)
    {
        var buckets = new SortedDictionary<(int Year, int Month, int Operator, string District), Bucket>(Comparer<(int, int, int, string)>.Create(
            (a, b) => (a.Item1, a.Item2, a.Item3).CompareTo((b.Item1, b.Item2, b.Item3)) is var c && c != 0 ? c : string.CompareOrdinal(a.Item4, b.Item4)));
        foreach (var w in work.Where(w => w.Activities.Count > 0))
        {
            var h = w.Hazard;
            Bucket At(DateOnly day)
            {
                var key = (day.Year, day.Month, h.Operator, h.District.ShortCode);
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    bucket = new Bucket(h.District.Name.En);
                    buckets.Add(key, bucket);
                }

                return bucket;
            }

            At(w.StartedOn!.Value).HazardStatus[h.Key] = (h, HazardStatus.InProgress);
            if (w.ClosedOn is { } closed)
            {
                At(closed).HazardStatus[h.Key] = (h, HazardStatus.ClosedReleased);
            }

            foreach (var a in w.Activities)
            {
                At(a.StartedOn).Started.Add(a);
                if (a.EndedOn is { } ended && !SameMonth(ended, a.StartedOn))
                {
                    At(ended).Completed.Add(a);
                }
            }

            foreach (var r in w.Releases)
            {
                At(r.ReleasedOn).Releases.Add(r);
            }

            foreach (var d in w.Devices)
            {
                At(d.FoundOn).Devices.Add(d);
            }
        }

        foreach (var ((year, month, op, _), bucket) in buckets)
        {
            var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            var items = new List<ScenarioItem>();
            items.AddRange(bucket.HazardStatus.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select((p, i) => ScenarioItems.HazardStatusChange($"h{i + 1}", p.Value.Hazard, p.Value.Status)));
            items.AddRange(bucket.Started.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select((a, i) => ScenarioItems.Activity($"a{i + 1}", a, a.EndedOn is { } end && SameMonth(end, a.StartedOn))));
            items.AddRange(bucket.Releases.Select((r, i) => ScenarioItems.Release($"r{i + 1}", r)));
            items.AddRange(bucket.Devices.Select((d, i) => ScenarioItems.Device($"d{i + 1}", d)));
            items.AddRange(bucket.Completed.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select((a, i) => ScenarioItems.ActivityCompleted($"c{i + 1}", a)));
            var title = string.Create(CultureInfo.InvariantCulture,
                $"Monthly land release {year:D4}-{month:D2}: {operators[op].Name}, {bucket.DistrictName}");
            yield return (day, new ScenarioReport(nextId(), Stage, title, "monthly-activity", day, default, true, items));
        }
    }

    private static bool SameMonth(DateOnly a, DateOnly b) => a.Year == b.Year && a.Month == b.Month;

    private sealed class Bucket(string districtName)
    {
        public string DistrictName { get; } = districtName;

        public Dictionary<string, (HazardPlan Hazard, HazardStatus Status)> HazardStatus { get; } = new(StringComparer.Ordinal);

        public List<ActivityPlan> Started { get; } = [];

        public List<ActivityPlan> Completed { get; } = [];

        public List<ReleasePlan> Releases { get; } = [];

        public List<DevicePlan> Devices { get; } = [];
    }
}
