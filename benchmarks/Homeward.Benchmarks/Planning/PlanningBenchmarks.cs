using System.Diagnostics;
using System.Globalization;
using Homeward.Planning.Checking;
using Homeward.Planning.Forecast;
using Homeward.Planning.Model;
using Homeward.Planning.Plans;
using Homeward.Planning.Scheduling;
using Homeward.Storage.GeoPackage;

namespace Homeward.Benchmarks.Planning;

/// <summary>
/// The planning targets, timed with a stopwatch: the clearance schedule of a demo database as of a date (about 2,000
/// open hazardous areas) for 50 teams in 60 s with its gap and the improvement over the priority rules; PSPLIB J30
/// with the same CP-SAT layer at 1 s per instance; and a 10,000-run forecast of that plan.
/// </summary>
internal static class PlanningBenchmarks
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? database = null;
        string? psplib = null;
        var asOf = new DateOnly(2024, 7, 1);
        var timeLimit = 60.0;
        var psplibLimit = 1.0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db": database = args[++i]; break;
                case "--psplib": psplib = args[++i]; break;
                case "--as-of": asOf = DateOnly.ParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
                case "--time-limit": timeLimit = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--psplib-time-limit": psplibLimit = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine("usage: planning [--db DEMO.gpkg] [--as-of DATE] [--time-limit S] [--psplib DIR] [--psplib-time-limit S]");
                    return 2;
            }
        }

        PertSampling();
        if (psplib is not null)
        {
            Psplib(psplib, psplibLimit);
        }

        if (database is not null)
        {
            await ScheduleAndForecastAsync(database, asOf, timeLimit);
        }

        return 0;
    }

    private static async Task ScheduleAndForecastAsync(string database, DateOnly asOf, double timeLimit)
    {
        await using var store = await GeoPackageStore.OpenAsync(database, new GeoPackageStoreOptions(), CancellationToken.None);
        var instant = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var assumptions = new PlanningAssumptions { StartDate = asOf, ExtraTeams = new Dictionary<string, int> { ["mechanical"] = 4, ["manual"] = 4 } };
        var watch = Stopwatch.StartNew();
        var model = await PlanningModelBuilder.BuildAsync(store, assumptions, instant, CancellationToken.None);
        var buildSeconds = watch.Elapsed.TotalSeconds;
        var hazards = model.Packages.Select(p => p.HazardCode).Distinct().Count();
        Console.WriteLine(F($"model: {hazards:N0} hazardous areas, {model.Packages.Count:N0} work packages, {model.Teams.Count} teams, {model.Settlements.Count(s => s.BlockingHazards.Count > 0)} blocked settlements; built in {buildSeconds:0.0} s"));

        watch.Restart();
        var plan = ClearancePlanner.Plan(model, new ClearancePlanOptions(new CpSatOptions(timeLimit, 2)));
        var planSeconds = watch.Elapsed.TotalSeconds;
        var violations = ClearancePlanChecker.Check(plan);
        Console.WriteLine(F($"plan: {planSeconds:0.0} s wall (CP-SAT limit {timeLimit:0} s), status {plan.Schedule.Status}, solver {plan.Schedule.Solver}, objective {plan.Schedule.Objective:N0}, bound {plan.Schedule.Bound:N0}, gap {plan.Schedule.Gap:P1}; checker: {(violations.Count == 0 ? "feasible" : violations[0])}"));
        Console.WriteLine(F($"baseline (priority rules): objective {plan.Baseline.Objective:N0}; people-per-day heuristic {plan.HeuristicObjective:N0}; people-weighted days {plan.PeopleWeightedDays:N0} vs {plan.BaselinePeopleWeightedDays:N0} → {plan.ImprovementOverBaseline:P1} fewer (residents {plan.ResidentWeightedDays:N0} vs {plan.BaselineResidentWeightedDays:N0}; beneficiaries {plan.BeneficiaryWeightedDays:N0} vs {plan.BaselineBeneficiaryWeightedDays:N0})"));

        // What CP-SAT does with the same problem when each package keeps only its fastest method (fewer optional intervals).
        var (problem, _, _, _) = ClearancePlanner.BuildProblem(model);
        var single = problem with
        {
            Tasks = [.. problem.Tasks.Select(t => t with { Modes = [t.Modes.MinBy(m => m.Duration)!] })],
        };
        var singleHint = SerialScheduler.Schedule(single, ClearancePlanner.PeoplePerDayOrder(single), "people per day");
        watch.Restart();
        var singleSolved = CpSatScheduler.Solve(single, new CpSatOptions(timeLimit, 2), singleHint);
        Console.WriteLine(F($"single-mode variant: heuristic {singleHint.Objective:N0}, CP-SAT {singleSolved.Objective:N0} ({singleSolved.Status}, bound {singleSolved.Bound:N0}, gap {singleSolved.Gap:P1}) in {watch.Elapsed.TotalSeconds:0.0} s"));

        for (var run = 0; run < 3; run++)
        {
            var forecast = MonteCarloForecaster.Forecast(plan, new ForecastOptions(10_000, 2020 + run, Threads: 2));
            Console.WriteLine(F($"forecast: 10,000 runs × {plan.Assignments.Count:N0} packages in {forecast.WallSeconds:0.00} s (2 threads); all done P50 {forecast.Completion.P50:yyyy-MM-dd}, P90 {forecast.Completion.P90:yyyy-MM-dd}"));
        }
    }

    private static void Psplib(string folder, double limit)
    {
        var optima = File.ReadLines(Path.Combine(folder, "j30_optimum.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
        var files = Directory.GetFiles(Path.Combine(folder, "j30"), "*.sm").Order(StringComparer.Ordinal).ToArray();
        int proven = 0, equal = 0, checkerFailures = 0;
        var gaps = new List<double>();
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var problem = PsplibInstance.Parse(File.ReadAllText(file));
            var schedule = CpSatScheduler.Solve(problem, new CpSatOptions(limit, 2));
            checkerFailures += ScheduleChecker.Check(problem, schedule).Count > 0 ? 1 : 0;
            proven += schedule.Status == SolveStatus.Optimal ? 1 : 0;
            equal += schedule.Makespan == optima[Path.GetFileName(file)] ? 1 : 0;
            gaps.Add(schedule.Gap);
        }

        Console.WriteLine(F($"PSPLIB J30: {files.Length} instances at {limit:0.#} s each (2 workers): {proven} proven optimal ({(double)proven / files.Length:P1}), {equal} equal to the published optimum, mean gap {gaps.Average():P2}, checker failures {checkerFailures}, {watch.Elapsed.TotalSeconds:0} s in all"));
    }

    private static void PertSampling()
    {
        const int n = 10_000_000;
        var estimate = new ThreePointEstimate(80, 200, 400);
        var random = ThreePointEstimate.SeededRandom(1);
        var sampler = estimate.Sampler(random);
        var watch = Stopwatch.StartNew();
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            sum += sampler();
        }

        var mathNet = watch.Elapsed.TotalSeconds;
        var table = new PertTable(estimate);
        watch.Restart();
        double sum2 = 0;
        for (var i = 0; i < n; i++)
        {
            sum2 += table.At(random.NextDouble());
        }

        var tabulated = watch.Elapsed.TotalSeconds;
        Console.WriteLine(F($"PERT sampling, 10 M draws: MathNet BetaScaled {mathNet:0.00} s (mean {sum / n:0.00}), tabulated inverse CDF {tabulated:0.00} s (mean {sum2 / n:0.00}) → {mathNet / tabulated:0.0}× faster; exact mean {estimate.Mean:0.00}"));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
