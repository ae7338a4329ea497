using System.Diagnostics;
using Homeward.Domain.Objects;
using Homeward.Planning.Model;
using Homeward.Planning.Plans;
using MathNet.Numerics.Random;

namespace Homeward.Planning.Forecast;

/// <summary>
/// Simulates a plan many times with the team-to-package sequence held fixed. Each run draws, per method and kind of
/// work, the programme's productivity (three-point estimate); per package, its own variation and (on mined ground)
/// the delay from devices found; per team, the share of days lost; per hazard, how much survey cancels or reduces.
/// A package starts when its team is free and its predecessors are done. Percentiles of the finish dates give the
/// P50/P80/P90 per package, settlement and district, and the national remaining area over time.
/// </summary>
public static class MonteCarloForecaster
{
    /// <summary>Forecasts a plan.</summary>
    public static ClearanceForecast Forecast(ClearancePlan plan, ForecastOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Runs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Runs, "At least one run is needed.");
        }

        var watch = Stopwatch.StartNew();
        var model = plan.Model;
        var assumptions = model.Assumptions;
        var calendar = assumptions.Calendar();
        var productivity = assumptions.Productivity();
        var packagesById = model.Packages.ToDictionary(p => p.Id, StringComparer.Ordinal);

        // The fixed sequence: assignments in planned start order (precedences and team order both respect it).
        var assignments = plan.Assignments.OrderBy(a => a.StartDay).ThenBy(a => a.WorkPackage, StringComparer.Ordinal).ToArray();
        var n = assignments.Length;
        var index = assignments.Select((a, i) => (a.WorkPackage, i)).ToDictionary(x => x.WorkPackage, x => x.i, StringComparer.Ordinal);
        var packages = assignments.Select(a => packagesById[a.WorkPackage]).ToArray();
        var teamCodes = assignments.Select(a => a.Team).Distinct(StringComparer.Ordinal).ToArray();
        var teamIndex = teamCodes.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var team = assignments.Select(a => teamIndex[a.Team]).ToArray();
        var predecessors = packages.Select(p => p.Predecessors.Where(index.ContainsKey).Select(q => index[q]).ToArray()).ToArray();

        // One systematic rate per crew and kind of work (an organisation with its own figures draws its own).
        var teamsByCode = model.Teams.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var crewOf = assignments.Select(a => productivity.CrewOf(teamsByCode[a.Team])).ToArray();
        var rateKeys = assignments.Select((a, i) => (crewOf[i], packages[i].Work)).Distinct().ToArray();
        var rateIndex = rateKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var rateTables = rateKeys.Select(k => new PertTable(k.Item1.Rate(productivity, k.Work)!)).ToArray();
        var rateOf = assignments.Select((a, i) => rateIndex[(crewOf[i], packages[i].Work)]).ToArray();

        var hazardCodes = packages.Select(p => p.HazardCode).Distinct(StringComparer.Ordinal).ToArray();
        var hazardIndex = hazardCodes.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        var hazardOf = packages.Select(p => hazardIndex[p.HazardCode]).ToArray();
        var hazardIsSha = new bool[hazardCodes.Length];
        foreach (var p in packages)
        {
            hazardIsSha[hazardIndex[p.HazardCode]] = p.AreaClass == AreaClass.Sha;
        }

        var shaTable = new PertTable(assumptions.ShaSurveyReduction);
        var chaTable = new PertTable(assumptions.ChaReduction);
        var lostTable = new PertTable(assumptions.LostDayShare);
        var findingsTable = new PertTable(assumptions.FindingsDelayShare);
        var variationTable = new PertTable(options.PackageVariation);
        var programmeTable = new PertTable(options.ProgrammeVariation);
        var growthTable = assumptions.CapacityGrowthPerYear is { } growthEstimate ? new PertTable(growthEstimate) : null;
        var workDaysPerYear = (double)Math.Max(1, calendar.IndexOf(calendar.Start.AddYears(1)));
        var shaMean = Math.Min(assumptions.ShaSurveyReduction.Mean, 1 - 1e-9);
        var chaMean = Math.Min(assumptions.ChaReduction.Mean, 1 - 1e-9);

        var checkpoints = Enumerable.Range(1, options.FanMonths)
            .Select(m => new DateOnly(calendar.Start.Year, calendar.Start.Month, 1).AddMonths(m))
            .ToArray();
        var checkpointDays = checkpoints.Select(d => (double)calendar.IndexOf(d)).ToArray();
        var totalRemaining = model.RemainingSquareMetres;

        var settlementGroups = GroupsOf(model.Settlements.Where(s => s.BlockingHazards.Count > 0).Select(s => (s.Code, (IEnumerable<string>)s.BlockingHazards)), packages);
        var districtGroups = packages.Select((p, i) => (p.District ?? "—", i)).GroupBy(x => x.Item1, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Select(x => x.i).ToArray())).ToArray();

        var packageEnds = new float[n][];
        for (var i = 0; i < n; i++)
        {
            packageEnds[i] = new float[options.Runs];
        }

        var hazardGroups = hazardCodes.Select((h, i) => (h, Enumerable.Range(0, n).Where(k => hazardOf[k] == i).ToArray())).ToArray();
        var hazardEnds = hazardGroups.Select(_ => new float[options.Runs]).ToArray();
        var settlementEnds = settlementGroups.Select(_ => new float[options.Runs]).ToArray();
        var districtEnds = districtGroups.Select(_ => new float[options.Runs]).ToArray();
        var completionEnds = new float[options.Runs];
        var remaining = checkpoints.Select(_ => new double[options.Runs]).ToArray();

        Parallel.For(0, options.Runs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = cancellationToken },
            () => new RunBuffers(n, teamCodes.Length, hazardCodes.Length, rateTables.Length, checkpoints.Length),
            (run, _, b) =>
            {
                var random = new Xoshiro256StarStar(unchecked((options.Seed * 1_000_003) + run), threadSafe: false);
                var programme = programmeTable.At(random.NextDouble());
                var growth = growthTable is null ? 0 : Math.Max(-0.9, growthTable.At(random.NextDouble()));
                var logGrowthPerDay = Math.Log(1 + growth) / workDaysPerYear;
                for (var k = 0; k < rateTables.Length; k++)
                {
                    b.Rates[k] = rateTables[k].At(random.NextDouble()) * programme;
                }

                for (var t = 0; t < b.TeamLost.Length; t++)
                {
                    b.TeamLost[t] = Math.Min(0.95, lostTable.At(random.NextDouble()));
                    b.TeamFree[t] = 0;
                }

                for (var h = 0; h < hazardCodes.Length; h++)
                {
                    b.Reduction[h] = hazardIsSha[h] ? (1 - shaTable.At(random.NextDouble())) / (1 - shaMean) : (1 - chaTable.At(random.NextDouble())) / (1 - chaMean);
                }

                Array.Clear(b.Released);
                double last = 0;
                for (var i = 0; i < n; i++)
                {
                    var p = packages[i];
                    var area = p.AreaSquareMetres;
                    var releases = p.ReleasesSquareMetres;
                    if (p.Work == WorkKind.Survey)
                    {
                        // Survey covers the whole remaining area; it releases what it cancels or reduces.
                        releases = area - (area * (1 - shaMean) * b.Reduction[hazardOf[i]]);
                    }
                    else
                    {
                        area *= b.Reduction[hazardOf[i]];
                        if (p.AreaClass == AreaClass.Sha)
                        {
                            releases = area;
                        }
                    }

                    var start = b.TeamFree[team[i]];
                    foreach (var q in predecessors[i])
                    {
                        start = Math.Max(start, b.End[q]);
                    }

                    // The programme's capacity at the package's start (1 when no growth is assumed).
                    var capacity = logGrowthPerDay == 0 ? 1 : Math.Exp(logGrowthPerDay * start);
                    var days = area / (b.Rates[rateOf[i]] * capacity * variationTable.At(random.NextDouble())) / (1 - b.TeamLost[team[i]]);
                    if (p.Work == WorkKind.MineClearance)
                    {
                        days *= 1 + findingsTable.At(random.NextDouble());
                    }

                    var end = start + days;
                    b.End[i] = end;
                    b.TeamFree[team[i]] = end;
                    packageEnds[i][run] = (float)end;
                    last = Math.Max(last, end);
                    var bucket = Array.BinarySearch(checkpointDays, end);
                    bucket = bucket >= 0 ? bucket : ~bucket;
                    if (bucket < b.Released.Length)
                    {
                        b.Released[bucket] += releases;
                    }
                }

                completionEnds[run] = (float)last;
                for (var s = 0; s < settlementGroups.Length; s++)
                {
                    settlementEnds[s][run] = MaxOf(b.End, settlementGroups[s].Tasks);
                }

                for (var h = 0; h < hazardGroups.Length; h++)
                {
                    hazardEnds[h][run] = MaxOf(b.End, hazardGroups[h].Item2);
                }

                for (var d = 0; d < districtGroups.Length; d++)
                {
                    districtEnds[d][run] = MaxOf(b.End, districtGroups[d].Item2);
                }

                double cumulative = 0;
                for (var m = 0; m < b.Released.Length; m++)
                {
                    cumulative += b.Released[m];
                    remaining[m][run] = Math.Max(0, totalRemaining - cumulative);
                }

                return b;
            },
            _ => { });

        ForecastPercentiles Percentiles(string code, float[] ends)
        {
            // Quantiles by selection (linear time) instead of a full sort: the forecast reads thousands of these.
            var last = ends.Length - 1;
            int Rank(double q) => Math.Min(last, (int)Math.Floor(q * last));
            var r10 = Rank(0.1);
            var r50 = Rank(0.5);
            var r80 = Rank(0.8);
            var r90 = Rank(0.9);
            Select(ends, 0, last, r10);
            Select(ends, r10, last, r50);
            Select(ends, r50, last, r80);
            Select(ends, r80, last, r90);
            DateOnly At(int rank) => calendar.EndDateOf((long)Math.Ceiling(ends[rank] - 1e-9));
            double sum = 0;
            foreach (var e in ends)
            {
                sum += e;
            }

            return new ForecastPercentiles(code, At(r10), At(r50), At(r80), At(r90), sum / ends.Length);
        }

        // The calendar extends itself lazily: make it long enough before reading it from several threads.
        _ = calendar.DateOf((long)Math.Ceiling(completionEnds.Max()) + 1);
        var packagePercentiles = new ForecastPercentiles[n];
        var hazardPercentiles = new ForecastPercentiles[hazardGroups.Length];
        Parallel.For(0, n + hazardGroups.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, k =>
        {
            if (k < n)
            {
                packagePercentiles[k] = Percentiles(packages[k].Id, packageEnds[k]);
            }
            else
            {
                hazardPercentiles[k - n] = Percentiles(hazardGroups[k - n].h, hazardEnds[k - n]);
            }
        });

        var national = checkpoints.Select((date, m) =>
        {
            var values = remaining[m];
            Array.Sort(values);
            double At(double q) => values[Math.Min(values.Length - 1, (int)Math.Floor(q * (values.Length - 1)))];
            return new NationalRemaining(date, At(0.1), At(0.5), At(0.9));
        }).ToArray();

        return new ClearanceForecast(
            options.Runs,
            options.Seed,
            [.. packagePercentiles.OrderBy(p => p.Code, StringComparer.Ordinal)],
            [.. settlementGroups.Select((g, s) => Percentiles(g.Code, settlementEnds[s]))],
            [.. districtGroups.Select((g, d) => Percentiles(g.Key, districtEnds[d]))],
            Percentiles("all", completionEnds),
            national)
        {
            Hazards = [.. hazardPercentiles.OrderBy(p => p.Code, StringComparer.Ordinal)],
            StartRemainingSquareMetres = totalRemaining,
            WallSeconds = watch.Elapsed.TotalSeconds,
        };
    }

    private static (string Code, int[] Tasks)[] GroupsOf(IEnumerable<(string Code, IEnumerable<string> Hazards)> groups, WorkPackage[] packages)
    {
        var byHazard = packages.Select((p, i) => (p.HazardCode, i)).ToLookup(x => x.HazardCode, x => x.i, StringComparer.Ordinal);
        return [.. groups.Select(g => (g.Code, g.Hazards.SelectMany(h => byHazard[h]).ToArray())).Where(g => g.Item2.Length > 0)];
    }

    /// <summary>Hoare's selection: afterwards <c>values[k]</c> holds the value of rank k within [left, right], smaller ones before it.</summary>
    private static void Select(float[] values, int left, int right, int k)
    {
        while (right > left)
        {
            var pivot = values[left + ((right - left) / 2)];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    private static float MaxOf(double[] ends, int[] tasks)
    {
        double max = 0;
        foreach (var t in tasks)
        {
            max = Math.Max(max, ends[t]);
        }

        return (float)max;
    }

    private sealed class RunBuffers(int packages, int teams, int hazards, int rates, int checkpoints)
    {
        public double[] End { get; } = new double[packages];

        public double[] TeamFree { get; } = new double[teams];

        public double[] TeamLost { get; } = new double[teams];

        public double[] Reduction { get; } = new double[hazards];

        public double[] Rates { get; } = new double[rates];

        public double[] Released { get; } = new double[checkpoints];
    }
}
