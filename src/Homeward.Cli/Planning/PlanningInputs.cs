using System.Globalization;
using Homeward.Cli.Rendering;
using Homeward.Planning.Model;
using Homeward.Planning.Scenarios;

namespace Homeward.Cli.Planning;

/// <summary>Turns the planning options (and a saved scenario) into assumptions, or says what is wrong with them.</summary>
internal static class PlanningInputs
{
    public static string ScenariosPath(PlanningSettings settings)
    {
        if (settings.ScenariosFolder is { Length: > 0 } folder)
        {
            return folder;
        }

        var db = settings.Database;
        var isFile = !db.Contains("://", StringComparison.Ordinal) && !db.Contains('=', StringComparison.Ordinal);
        var directory = isFile ? Path.GetDirectoryName(Path.GetFullPath(db)) : null;
        return Path.Combine(directory ?? Directory.GetCurrentDirectory(), "scenarios");
    }

    private static ProductivityEntry? ParseProductivity(string item)
    {
        // [ORGANISATION@]METHOD:WORK=MIN/LIKELY/MAX
        string? organisation = null;
        var at = item.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            organisation = item[..at].Trim();
            item = item[(at + 1)..];
            if (organisation.Length == 0)
            {
                return null;
            }
        }

        var parts = item.Split('=');
        var key = parts[0].Split(':');
        if (parts.Length != 2 || key.Length != 2 || ClearanceMethods.Parse(key[0]) is not { } method)
        {
            return null;
        }

        WorkKind? work = key[1].Trim().ToLowerInvariant() switch
        {
            "survey" => WorkKind.Survey,
            "mine" => WorkKind.MineClearance,
            "battle-area" => WorkKind.BattleAreaClearance,
            _ => null,
        };
        var values = parts[1].Split('/').Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN).ToArray();
        if (work is null || values.Length != 3 || !(values[0] > 0 && values[0] <= values[1] && values[1] <= values[2] && values[2] < 1e9))
        {
            return null;
        }

        return new ProductivityEntry(method, work.Value, new ThreePointEstimate(values[0], values[1], values[2]), "given on the command line")
        {
            Organisation = organisation,
        };
    }

    /// <summary>The assumptions, or null after printing the error.</summary>
    public static PlanningAssumptions? Assumptions(PlanningSettings settings, DateOnly? startOverride = null)
    {
        var folder = new ScenarioFolder(ScenariosPath(settings));
        PlanningAssumptions? saved = null;
        if (settings.Scenario is { } name)
        {
            if (!ScenarioFolder.IsValidName(name))
            {
                Messages.Fail(ExitCodes.UserError, $"--scenario: \"{name}\" is not a scenario name (letters, digits, '-', '_', '.').");
                return null;
            }

            saved = folder.Load(name)?.Assumptions;
        }

        var start = startOverride ?? DateOnly.FromDateTime(DateTime.UtcNow);
        if (startOverride is null && settings.Start is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            {
                Messages.Fail(ExitCodes.UserError, $"--start: \"{text}\" is not an ISO date (YYYY-MM-DD).");
                return null;
            }
        }

        var assumptions = (saved ?? new PlanningAssumptions { StartDate = start }) with { StartDate = start };
        if (settings.TimeLimitSeconds <= 0 || settings.Workers < 1)
        {
            Messages.Fail(ExitCodes.UserError, "--time-limit must be positive and --workers at least 1.");
            return null;
        }

        if (settings.ExtraTeams.Length > 0)
        {
            var extra = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in settings.ExtraTeams)
            {
                var parts = item.Split('=');
                if (parts.Length != 2 || ClearanceMethods.Parse(parts[0]) is not { } method ||
                    !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 1000)
                {
                    Messages.Fail(ExitCodes.UserError, $"--extra-teams: \"{item}\" is not METHOD=N (methods: survey, manual, mdd, mechanical, eod, mixed; N up to 1000).");
                    return null;
                }

                extra[method.ToString().ToLowerInvariant()] = extra.GetValueOrDefault(method.ToString().ToLowerInvariant()) + count;
            }

            assumptions = assumptions with { ExtraTeams = extra };
        }

        if (settings.DistrictWeights.Length > 0)
        {
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var item in settings.DistrictWeights)
            {
                var parts = item.Split('=');
                if (parts.Length != 2 || parts[0].Length == 0 ||
                    !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !(w is >= 0 and <= 1000))
                {
                    Messages.Fail(ExitCodes.UserError, $"--district-weight: \"{item}\" is not CODE=W with W from 0 to 1000 (e.g. AGD=3).");
                    return null;
                }

                weights[parts[0].Trim().ToUpperInvariant()] = w;
            }

            assumptions = assumptions with { DistrictWeights = weights };
        }

        if (settings.DaysPerWeek is { } days)
        {
            if (days is < 1 or > 7)
            {
                Messages.Fail(ExitCodes.UserError, "--days-per-week is 1 to 7.");
                return null;
            }

            assumptions = assumptions with { WorkDaysPerWeek = days };
        }

        if (settings.Winter is { } winter)
        {
            assumptions = assumptions with { WinterStandDown = string.Equals(winter, "none", StringComparison.OrdinalIgnoreCase) ? null : winter };
        }

        if (settings.Productivity.Length > 0)
        {
            var rows = new List<ProductivityEntry>();
            foreach (var item in settings.Productivity)
            {
                if (ParseProductivity(item) is not { } row)
                {
                    Messages.Fail(ExitCodes.UserError,
                        $"--productivity: \"{item}\" is not [ORGANISATION@]METHOD:WORK=MIN/LIKELY/MAX in m² per team-day (methods: survey, manual, mdd, mechanical, eod, mixed; work: survey, mine, battle-area; 0 < MIN ≤ LIKELY ≤ MAX).");
                    return null;
                }

                rows.Add(row);
            }

            assumptions = assumptions with { ProductivityOverrides = [.. assumptions.ProductivityOverrides, .. rows] };
        }

        if (settings.SettlementRadiusMetres is { } radius)
        {
            if (!(radius is >= 0 and <= 50_000))
            {
                Messages.Fail(ExitCodes.UserError, "--settlement-radius-metres is 0 to 50,000.");
                return null;
            }

            assumptions = assumptions with { SettlementRadiusMetres = radius };
        }

        if (settings.ProductivityFactor is { } factor)
        {
            if (!(factor is > 0 and <= 100))
            {
                Messages.Fail(ExitCodes.UserError, "--productivity-factor is above 0 and at most 100.");
                return null;
            }

            assumptions = assumptions with { ProductivityFactor = factor };
        }

        try
        {
            _ = assumptions.Calendar();
        }
        catch (FormatException e)
        {
            Messages.Fail(ExitCodes.UserError, "--winter: " + e.Message);
            return null;
        }

        return assumptions;
    }
}
