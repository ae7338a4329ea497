using Homeward.Planning.Checking;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Tests.Scheduling;

public sealed class WindowedImproverTests
{
    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void Improve_PoorStart_StaysFeasibleAndGetsBetter(int seed)
    {
        var problem = RandomProblems.Make(seed, tasks: 60, maxDuration: 8);
        var worst = SerialScheduler.Schedule(problem, [.. Enumerable.Range(0, 60).Reverse()], "reversed");

        var improved = WindowedImprover.Improve(problem, worst, new CpSatOptions(TimeLimitSeconds: 4, Workers: 2), windowSize: 15);

        Assert.Empty(ScheduleChecker.Check(problem, improved));
        Assert.True(improved.Objective < worst.Objective, $"{improved.Objective} is not below {worst.Objective}");
        Assert.Equal(ObjectiveFunction.Evaluate(problem, improved.Tasks), improved.Objective);
    }
}
