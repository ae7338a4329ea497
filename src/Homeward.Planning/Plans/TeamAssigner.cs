using Homeward.Planning.Model;
using Homeward.Planning.Scheduling;

namespace Homeward.Planning.Plans;

/// <summary>
/// Gives each scheduled package to a named team of the chosen method. Taking packages in start order and giving each
/// to a team that is free then always succeeds when no more packages of a method overlap than it has teams (what the
/// cumulative constraint guarantees); among the free teams, the one based nearest the hazard is chosen.
/// </summary>
internal static class TeamAssigner
{
    public static PlannedAssignment[] Assign(PlanningModel model, SchedulingProblem problem, WorkPackage[] packages, PlanningCrew[] crews, Schedule schedule, WorkCalendar calendar)
    {
        var productivity = model.Assumptions.Productivity();
        var teamsByCrew = crews.ToDictionary(c => c, c => model.Teams.Where(t => productivity.CrewOf(t) == c).OrderBy(t => t.Code, StringComparer.Ordinal).ToArray());
        var freeFrom = model.Teams.ToDictionary(t => t.Code, _ => 0L, StringComparer.Ordinal);
        var result = new List<PlannedAssignment>(packages.Length);
        foreach (var task in schedule.Tasks.OrderBy(t => t.Start).ThenBy(t => t.Task))
        {
            var package = packages[task.Task];
            var crew = crews[problem.Tasks[task.Task].Modes[task.Mode].Demands[0].Resource];
            var method = crew.Method;
            var team = teamsByCrew[crew]
                .Where(t => freeFrom[t.Code] <= task.Start)
                .OrderBy(t => DistanceSquared(t, package))
                .ThenBy(t => t.Code, StringComparer.Ordinal)
                .FirstOrDefault()
                ?? throw new InvalidOperationException($"No {method} team is free on day {task.Start} for {package.Id}: the schedule overbooks the method.");
            freeFrom[team.Code] = task.End;
            result.Add(new PlannedAssignment(team.Code, method, package.Id, package.HazardCode, task.Start, task.End,
                calendar.DateOf(task.Start), calendar.EndDateOf(task.End)));
        }

        return [.. result];
    }

    private static double DistanceSquared(PlanningTeam team, WorkPackage package)
    {
        if (team.BaseLongitude is not { } x || team.BaseLatitude is not { } y)
        {
            return double.MaxValue;
        }

        var dx = (x - package.Longitude) * Math.Cos(package.Latitude * Math.PI / 180);
        var dy = y - package.Latitude;
        return (dx * dx) + (dy * dy);
    }
}
