using System.Globalization;
using Homeward.Planning.Model;
using Homeward.Planning.Plans;

namespace Homeward.Planning.Checking;

/// <summary>
/// Verifies a clearance plan against its model with its own arithmetic: every package that some team can do is
/// given once to one existing team whose method can do it, for the expected number of working days; no team works
/// two packages at once; a hazard's survey ends before its clearance starts; dates are working days of the
/// calendar; every settlement's safe date is the end of the last package on the hazards blocking it.
/// </summary>
public static class ClearancePlanChecker
{
    /// <summary>Returns every violation found; empty when the plan is feasible.</summary>
    public static IReadOnlyList<string> Check(ClearancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new List<string>();
        var model = plan.Model;
        var assumptions = model.Assumptions;
        var calendar = assumptions.Calendar();
        var table = assumptions.Productivity();
        var teams = model.Teams.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var packages = model.Packages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var byPackage = new Dictionary<string, PlannedAssignment>(StringComparer.Ordinal);
        foreach (var a in plan.Assignments)
        {
            if (!byPackage.TryAdd(a.WorkPackage, a))
            {
                errors.Add(F($"{a.WorkPackage} is given out twice"));
                continue;
            }

            if (!packages.TryGetValue(a.WorkPackage, out var package))
            {
                errors.Add(F($"{a.WorkPackage} is not a package of the model"));
                continue;
            }

            if (!teams.TryGetValue(a.Team, out var team))
            {
                errors.Add(F($"{a.WorkPackage} goes to {a.Team}, which is not a team of the model"));
                continue;
            }

            if (table.For(team.Method, package.Work, team.Organisation) is not { } rate)
            {
                errors.Add(F($"{a.WorkPackage} ({package.Work}) goes to {a.Team}, a {team.Method} team, which cannot do it"));
                continue;
            }

            var days = package.AreaSquareMetres / rate.Mean / (1 - assumptions.LostDayShare.Mean) *
                (package.Work == WorkKind.MineClearance ? 1 + assumptions.FindingsDelayShare.Mean : 1);
            var expected = Math.Max(1, (long)Math.Ceiling(days));
            if (a.EndDay - a.StartDay != expected)
            {
                errors.Add(F($"{a.WorkPackage} takes {a.EndDay - a.StartDay} working day(s) with {a.Team}; {package.AreaSquareMetres:0} m² at {rate.Mean:0} m²/day needs {expected}"));
            }

            if (a.StartDay < 0 || a.Start != calendar.DateOf(a.StartDay) || a.End != calendar.EndDateOf(a.EndDay) ||
                !calendar.IsWorkDay(a.Start) || !calendar.IsWorkDay(a.End))
            {
                errors.Add(F($"{a.WorkPackage}: the dates {a.Start:yyyy-MM-dd}–{a.End:yyyy-MM-dd} are not working days {a.StartDay}–{a.EndDay - 1} of the calendar"));
            }
        }

        var doable = model.Packages.Where(p => !plan.Unschedulable.Contains(p.Id)).Select(p => p.Id);
        foreach (var id in doable.Where(id => !byPackage.ContainsKey(id)))
        {
            errors.Add(F($"{id} is given to no team"));
        }

        foreach (var group in plan.Assignments.GroupBy(a => a.Team, StringComparer.Ordinal))
        {
            PlannedAssignment? previous = null;
            foreach (var a in group.OrderBy(a => a.StartDay))
            {
                if (previous is not null && a.StartDay < previous.EndDay)
                {
                    errors.Add(F($"{a.Team} works {previous.WorkPackage} and {a.WorkPackage} at once (day {a.StartDay})"));
                }

                previous = a;
            }
        }

        foreach (var a in plan.Assignments)
        {
            if (!packages.TryGetValue(a.WorkPackage, out var package))
            {
                continue;
            }

            foreach (var before in package.Predecessors)
            {
                if (byPackage.TryGetValue(before, out var b) && b.EndDay > a.StartDay)
                {
                    errors.Add(F($"{a.WorkPackage} starts on day {a.StartDay}, before {before} ends on day {b.EndDay}"));
                }
            }
        }

        var lastEnd = plan.Assignments.GroupBy(a => a.Hazard, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(a => a.EndDay), StringComparer.Ordinal);
        var settlements = model.Settlements.ToDictionary(s => s.Code, StringComparer.Ordinal);
        foreach (var s in plan.Settlements)
        {
            var expected = settlements[s.Code].BlockingHazards.Select(h => lastEnd.GetValueOrDefault(h)).DefaultIfEmpty(0).Max();
            if (s.SafeDay != expected)
            {
                errors.Add(F($"settlement {s.Code} is said safe after day {s.SafeDay}; its last blocking package ends on day {expected}"));
            }
        }

        return errors;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
