using System.Globalization;
using Homeward.Planning.Checking;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Tests.Scheduling;

public sealed class CpSatSchedulerTests
{
    private static readonly CpSatOptions Options = new(TimeLimitSeconds: 30, Workers: 2);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Solve_TinyProblem_ProvesTheBruteForcedOptimum(int seed)
    {
        var problem = RandomProblems.Make(seed, tasks: 4, maxDuration: 3);

        var schedule = CpSatScheduler.Solve(problem, Options);

        Assert.Empty(ScheduleChecker.Check(problem, schedule));
        Assert.Equal(SolveStatus.Optimal, schedule.Status);
        Assert.Equal(BruteForce.Optimum(problem, horizon: 12), schedule.Objective);
        Assert.Equal(schedule.Objective, schedule.Bound);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Solve_WithAHint_IsNeverWorseThanTheHint(int seed)
    {
        var problem = RandomProblems.Make(seed, tasks: 25, maxDuration: 9);
        var order = Enumerable.Range(0, 25).Reverse().ToArray();
        var hint = SerialScheduler.Schedule(problem, order, "reversed");

        var schedule = CpSatScheduler.Solve(problem, Options with { TimeLimitSeconds = 5 }, hint);

        Assert.Empty(ScheduleChecker.Check(problem, hint));
        Assert.Empty(ScheduleChecker.Check(problem, schedule));
        Assert.True(schedule.Objective <= hint.Objective, $"{schedule.Objective} > {hint.Objective}");
        Assert.InRange(schedule.Bound, 0, schedule.Objective);
    }

    [Fact]
    public void Solve_PsplibJ30GroupOne_ReachesThePublishedOptima()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data", "psplib");
        var optima = File.ReadLines(Path.Combine(folder, "j30_optimum.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
        var files = Directory.GetFiles(Path.Combine(folder, "j30"), "j301_*.sm").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(10, files.Length);

        foreach (var file in files)
        {
            var problem = PsplibInstance.Parse(File.ReadAllText(file));
            var schedule = CpSatScheduler.Solve(problem, Options);

            Assert.Empty(ScheduleChecker.Check(problem, schedule));
            Assert.Equal(SolveStatus.Optimal, schedule.Status);
            Assert.Equal(optima[Path.GetFileName(file)], schedule.Makespan);
        }
    }
}
