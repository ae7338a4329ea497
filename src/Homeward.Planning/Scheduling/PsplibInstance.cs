using System.Globalization;

namespace Homeward.Planning.Scheduling;

/// <summary>
/// Reads a PSPLIB single-mode RCPSP instance (the <c>.sm</c> text format of Kolisch and Sprecher's library) into a
/// <see cref="SchedulingProblem"/> that minimises the makespan. Jobs 1 and N are the dummy source and sink.
/// </summary>
public static class PsplibInstance
{
    /// <summary>Parses the text of an <c>.sm</c> file.</summary>
    /// <exception cref="FormatException">The text is not a single-mode PSPLIB instance.</exception>
    public static SchedulingProblem Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var successors = new Dictionary<int, int[]>();
        var durations = new Dictionary<int, int>();
        var demands = new Dictionary<int, int[]>();
        int[]? capacities = null;
        var section = "";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("PRECEDENCE RELATIONS", StringComparison.Ordinal))
            {
                section = "precedence";
                continue;
            }

            if (line.StartsWith("REQUESTS/DURATIONS", StringComparison.Ordinal))
            {
                section = "requests";
                continue;
            }

            if (line.StartsWith("RESOURCEAVAILABILITIES", StringComparison.Ordinal))
            {
                section = "availabilities";
                continue;
            }

            if (line.StartsWith('*'))
            {
                section = "";
                continue;
            }

            if (line.Length == 0 || !char.IsDigit(line[0]))
            {
                continue;
            }

            var numbers = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            switch (section)
            {
                case "precedence":
                    if (numbers[1] != 1)
                    {
                        throw new FormatException($"Job {numbers[0]} has {numbers[1]} modes; only single-mode instances are read.");
                    }

                    successors[numbers[0]] = numbers[3..(3 + numbers[2])];
                    break;
                case "requests":
                    durations[numbers[0]] = numbers[2];
                    demands[numbers[0]] = numbers[3..];
                    break;
                case "availabilities":
                    capacities = numbers;
                    break;
                default:
                    break;
            }
        }

        if (capacities is null || durations.Count == 0 || durations.Count != successors.Count)
        {
            throw new FormatException("This is not a PSPLIB .sm instance: the precedence, request or availability section is missing.");
        }

        var jobs = durations.Keys.Order().ToArray();
        var index = jobs.Select((job, i) => (job, i)).ToDictionary(p => p.job, p => p.i);
        var tasks = jobs.Select(job => new SchedulingTask(
            job.ToString(CultureInfo.InvariantCulture),
            [new TaskMode(durations[job], [.. demands[job].Select((amount, r) => new ResourceDemand(r, amount)).Where(d => d.Amount > 0)])],
            0)).ToArray();
        var precedences = jobs.SelectMany(job => successors[job].Select(s => new Precedence(index[job], index[s]))).ToArray();
        return new SchedulingProblem(capacities, tasks, precedences, [], MakespanWeight: 1);
    }
}
