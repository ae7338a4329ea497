using Homeward.Planning.Checking;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Tests.Scheduling;

public sealed class ScheduleCheckerTests
{
    private static readonly SchedulingProblem Problem = new([1],
        [new("A", [TaskMode.OneUnitOf(0, 3)], 1), new("B", [TaskMode.OneUnitOf(0, 2)], 2)],
        [new Precedence(0, 1)], [new CompletionGroup("G", 5, [0, 1])], 0);

    [Fact]
    public void Check_FeasibleSchedule_NoViolations() =>
        Assert.Empty(ScheduleChecker.Check(Problem, Make((0, 3), (3, 5), objective: 3 + 10 + 25)));

    [Fact]
    public void Check_Overlap_NamesTheResource() =>
        Assert.Contains(ScheduleChecker.Check(Problem, Make((0, 3), (2, 4), objective: 3 + 8 + 20)), e => e.Contains("resource 0", StringComparison.Ordinal));

    [Fact]
    public void Check_PrecedenceBroken_NamesBothTasks() =>
        Assert.Contains(ScheduleChecker.Check(Problem, Make((2, 5), (0, 2), objective: 5 + 4 + 25)), e => e.Contains("task B starts at 0, before A ends", StringComparison.Ordinal));

    [Fact]
    public void Check_WrongDuration_Refused() =>
        Assert.Contains(ScheduleChecker.Check(Problem, Make((0, 2), (3, 5), objective: 2 + 10 + 25)), e => e.Contains("lasts 2", StringComparison.Ordinal));

    [Fact]
    public void Check_WrongObjective_Refused() =>
        Assert.Contains(ScheduleChecker.Check(Problem, Make((0, 3), (3, 5), objective: 1)), e => e.Contains("recomputed", StringComparison.Ordinal));

    private static Schedule Make((long Start, long End) a, (long Start, long End) b, long objective) =>
        new([new ScheduledTask(0, 0, a.Start, a.End), new ScheduledTask(1, 0, b.Start, b.End)], objective, 0, SolveStatus.Feasible, "hand", 0);
}
