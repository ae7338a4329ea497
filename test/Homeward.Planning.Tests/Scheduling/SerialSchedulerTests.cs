using Homeward.Planning.Checking;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Tests.Scheduling;

public sealed class SerialSchedulerTests
{
    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    public void Schedule_AnyOrder_PassesTheChecker(int seed)
    {
        var problem = RandomProblems.Make(seed, tasks: 40, maxDuration: 7);
        var random = new Random(seed);
        var order = Enumerable.Range(0, 40).OrderBy(_ => random.Next()).ToArray();

        var schedule = SerialScheduler.Schedule(problem, order, "random order");

        Assert.Empty(ScheduleChecker.Check(problem, schedule));
    }

    [Fact]
    public void Schedule_OneResource_RunsTasksBackToBackInPriorityOrder()
    {
        var problem = new SchedulingProblem([1],
            [new("A", [TaskMode.OneUnitOf(0, 3)], 1), new("B", [TaskMode.OneUnitOf(0, 2)], 1), new("C", [TaskMode.OneUnitOf(0, 4)], 1)],
            [], [], 0);

        var schedule = SerialScheduler.Schedule(problem, [2, 0, 1], "order");

        Assert.Equal([(4L, 7L), (7L, 9L), (0L, 4L)], schedule.Tasks.Select(t => (t.Start, t.End)));
        Assert.Equal(7 + 9 + 4, schedule.Objective);
    }

    [Fact]
    public void Schedule_CyclicPrecedences_Throws()
    {
        var problem = new SchedulingProblem([1],
            [new("A", [TaskMode.OneUnitOf(0, 1)], 0), new("B", [TaskMode.OneUnitOf(0, 1)], 0)],
            [new Precedence(0, 1), new Precedence(1, 0)], [], 0);

        Assert.Throws<ArgumentException>(() => SerialScheduler.Schedule(problem, [0, 1], "order"));
    }
}
