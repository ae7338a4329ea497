using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Tests.Scheduling;

/// <summary>Small random multi-mode problems with a fixed seed, for brute-force and checker tests.</summary>
internal static class RandomProblems
{
    public static SchedulingProblem Make(int seed, int tasks, int maxDuration)
    {
        var random = new Random(seed);
        var capacities = new[] { 1 + random.Next(2), 1 + random.Next(2) };
        var list = new List<SchedulingTask>();
        for (var t = 0; t < tasks; t++)
        {
            var modeCount = 1 + random.Next(2);
            var modes = Enumerable.Range(0, modeCount)
                .Select(m => TaskMode.OneUnitOf((t + m) % 2, 1 + random.Next(maxDuration)))
                .ToArray();
            list.Add(new SchedulingTask($"T{t}", modes, random.Next(4)));
        }

        var precedences = new List<Precedence>();
        for (var a = 0; a < tasks; a++)
        {
            for (var b = a + 1; b < tasks; b++)
            {
                if (random.NextDouble() < 0.2)
                {
                    precedences.Add(new Precedence(a, b));
                }
            }
        }

        var groups = new[]
        {
            new CompletionGroup("G0", 1 + random.Next(5), [0, tasks - 1]),
            new CompletionGroup("G1", random.Next(5), [.. Enumerable.Range(0, tasks).Where(i => i % 2 == 1)]),
        };
        return new SchedulingProblem(capacities, list, precedences, groups, MakespanWeight: random.Next(2));
    }
}
