using System.Globalization;

namespace Homeward.Planning.Statistics;

/// <summary>
/// Reads a programme's periodic statistics from CSV: a header row naming the columns in any order, then one row per period.
/// <c>period_start</c>, <c>period_end</c> (ISO 8601 dates, both days included) and <c>released_m2</c> are required;
/// <c>cancelled_m2</c>, <c>reduced_m2</c>, <c>cleared_m2</c>, <c>teams</c>, <c>deminers</c>, <c>machines</c>, <c>dogs</c> and
/// <c>remaining_estimate_m2</c> are optional, and a cell may be left empty. Numbers are invariant (a dot for decimals, no
/// thousands separators). Lines starting with <c>#</c> are comments (for sources) and blank lines are skipped. Thread-safe.
/// </summary>
public static class StatisticsCsv
{
    /// <summary>The required columns.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["period_start", "period_end", "released_m2"];

    /// <summary>The optional columns.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } =
        ["cancelled_m2", "reduced_m2", "cleared_m2", "teams", "deminers", "machines", "dogs", "remaining_estimate_m2"];

    /// <summary>Reads statistics from CSV text.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The statistics, or every problem found with its row (the line of the file), column and value.</returns>
    public static StatisticsReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<StatisticsError>();
        var lines = text.Split('\n');
        Dictionary<string, int>? header = null;
        var periods = new List<StatisticsPeriod>();
        var rows = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            var row = i + 1;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim().Trim('"').Trim()).ToArray();
            if (header is null)
            {
                header = ReadHeader(cells, row, errors);
                if (header is null)
                {
                    return StatisticsReadResult.ForErrors(errors);
                }

                continue;
            }

            if (cells.Length != header.Count)
            {
                errors.Add(new StatisticsError(row, null, null, $"has {cells.Length} cells; the header has {header.Count}."));
                continue;
            }

            var period = ReadRow(cells, header, row, errors);
            if (period is not null)
            {
                periods.Add(period);
                rows.Add(row);
            }
        }

        if (header is null)
        {
            return StatisticsReadResult.ForErrors([new StatisticsError(1, null, null, "the file is empty: it needs a header row and one row per period.")]);
        }

        if (errors.Count > 0)
        {
            return StatisticsReadResult.ForErrors(errors);
        }

        return ProgrammeStatistics.Create(periods, rows);
    }

    private static Dictionary<string, int>? ReadHeader(string[] cells, int row, List<StatisticsError> errors)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < cells.Length; c++)
        {
            var name = cells[c].ToLowerInvariant();
            if (!RequiredColumns.Contains(name) && !OptionalColumns.Contains(name))
            {
                errors.Add(new StatisticsError(row, name, null,
                    $"is not a column this file may have; use {string.Join(", ", RequiredColumns.Concat(OptionalColumns))}."));
            }
            else if (!header.TryAdd(name, c))
            {
                errors.Add(new StatisticsError(row, name, null, "appears twice in the header."));
            }
        }

        foreach (var required in RequiredColumns.Where(r => !header.ContainsKey(r)))
        {
            errors.Add(new StatisticsError(row, required, null, "is required but missing from the header."));
        }

        return errors.Count > 0 ? null : header;
    }

    private static StatisticsPeriod? ReadRow(string[] cells, Dictionary<string, int> header, int row, List<StatisticsError> errors)
    {
        var before = errors.Count;
        var start = ReadDate(cells, header, "period_start", row, errors);
        var end = ReadDate(cells, header, "period_end", row, errors);
        var released = ReadNumber(cells, header, "released_m2", row, errors, required: true);
        var cancelled = ReadNumber(cells, header, "cancelled_m2", row, errors);
        var reduced = ReadNumber(cells, header, "reduced_m2", row, errors);
        var cleared = ReadNumber(cells, header, "cleared_m2", row, errors);
        var teams = ReadNumber(cells, header, "teams", row, errors);
        var deminers = ReadNumber(cells, header, "deminers", row, errors);
        var machines = ReadNumber(cells, header, "machines", row, errors);
        var dogs = ReadNumber(cells, header, "dogs", row, errors);
        var remaining = ReadNumber(cells, header, "remaining_estimate_m2", row, errors);
        if (errors.Count > before)
        {
            return null;
        }

        var period = new StatisticsPeriod(start!.Value, end!.Value, released!.Value, cancelled, reduced, cleared, teams, deminers, machines, dogs, remaining);
        ProgrammeStatistics.CheckPeriod(errors, period, row);
        return errors.Count > before ? null : period;
    }

    private static DateOnly? ReadDate(string[] cells, Dictionary<string, int> header, string column, int row, List<StatisticsError> errors)
    {
        var text = cells[header[column]];
        if (text.Length == 0)
        {
            errors.Add(new StatisticsError(row, column, null, "is required: a date as YYYY-MM-DD."));
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new StatisticsError(row, column, text, "is not a date as YYYY-MM-DD (ISO 8601)."));
        return null;
    }

    private static double? ReadNumber(
        string[] cells, Dictionary<string, int> header, string column, int row, List<StatisticsError> errors, bool required = false)
    {
        if (!header.TryGetValue(column, out var index) || cells[index].Length == 0)
        {
            if (required)
            {
                errors.Add(new StatisticsError(row, column, null, "is required: a number of m²."));
            }

            return null;
        }

        var text = cells[index];
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add(new StatisticsError(row, column, text, "is not a number (use a dot for decimals and no thousands separators)."));
        return null;
    }
}
