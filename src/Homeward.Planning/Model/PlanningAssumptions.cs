using System.Globalization;

namespace Homeward.Planning.Model;

/// <summary>
/// Everything a plan or forecast assumes besides the recorded data. Saved with every scenario, so that two
/// scenarios can be compared and a plan redone. Dates and month-days are ISO text (<c>MM-DD</c>).
/// </summary>
public sealed record PlanningAssumptions
{
    /// <summary>The first day of the plan.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Working days per week, Monday first.</summary>
    public int WorkDaysPerWeek { get; init; } = 5;

    /// <summary>The winter stand-down as <c>MM-DD/MM-DD</c> (inclusive; may wrap the new year), or null for none.</summary>
    public string? WinterStandDown { get; init; } = "12-20/02-10";

    /// <summary>Public holidays as <c>MM-DD</c>, every year. Defaults: Azerbaijan's fixed-date holidays.</summary>
    public IReadOnlyList<string> Holidays { get; init; } =
        ["01-01", "01-02", "01-20", "03-08", "03-20", "03-21", "03-22", "03-23", "03-24", "05-09", "05-28", "06-15", "06-26", "11-08", "11-09", "12-31"];

    /// <summary>Replacements for the default productivity rows (an organisation's own figures).</summary>
    public IReadOnlyList<ProductivityEntry> ProductivityOverrides { get; init; } = [];

    /// <summary>A factor on every productivity (1 = the table; set by calibration to the programme's record).</summary>
    public double ProductivityFactor { get; init; } = 1;

    /// <summary>The share of a suspected area (SHA) that survey cancels or reduces before clearance.</summary>
    public ThreePointEstimate ShaSurveyReduction { get; init; } = new(0.5, 0.7, 0.9);

    /// <summary>The share of a confirmed area (CHA) that technical survey reduces during clearance.</summary>
    public ThreePointEstimate ChaReduction { get; init; } = new(0.1, 0.3, 0.5);

    /// <summary>The share of working days lost to weather, breakdowns, accidents and stand-downs not in the calendar.</summary>
    public ThreePointEstimate LostDayShare { get; init; } = new(0.02, 0.08, 0.2);

    /// <summary>Extra clearance time for devices found, as a share of the clearance time (mined ground).</summary>
    public ThreePointEstimate FindingsDelayShare { get; init; } = new(0, 0.05, 0.3);

    /// <summary>
    /// How fast the programme's capacity grows per year (0.2 = 20 % more output each year; negative when it shrinks).
    /// The plan assumes today's capacity; the forecast applies the growth from each package's start.
    /// </summary>
    public ThreePointEstimate? CapacityGrowthPerYear { get; init; }

    /// <summary>The largest work package, in team-days of the fastest team able to do it.</summary>
    public int MaxPackageTeamDays { get; init; } = 60;

    /// <summary>Hypothetical teams added to the recorded ones, by method name (e.g. <c>mechanical: 10</c>).</summary>
    public IReadOnlyDictionary<string, int> ExtraTeams { get; init; } = new Dictionary<string, int>();

    /// <summary>Weight multipliers by district short code (e.g. <c>AGD: 3</c> for "Aghdam first").</summary>
    public IReadOnlyDictionary<string, double> DistrictWeights { get; init; } = new Dictionary<string, double>();

    /// <summary>A settlement counts as blocked by a hazard within this distance.</summary>
    public double SettlementRadiusMetres { get; init; } = 1000;

    /// <summary>
    /// Person-equivalents per hectare of blocked land use (code of <c>land_use</c>), weighing infrastructure and
    /// farmland against people kept from home.
    /// </summary>
    public IReadOnlyDictionary<string, double> LandUseWeightPerHectare { get; init; } = new Dictionary<string, double>
    {
        ["housing"] = 0.2,
        ["road"] = 0.1,
        ["infrastructure"] = 0.1,
        ["water"] = 0.1,
        ["heritage"] = 0.05,
        ["agriculture"] = 0.02,
        ["grazing"] = 0.005,
        ["forest"] = 0.001,
        ["other"] = 0.005,
    };

    /// <summary>The work calendar these assumptions describe.</summary>
    public WorkCalendar Calendar()
    {
        (int, int)? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(WinterStandDown))
        {
            var parts = WinterStandDown.Split('/');
            if (parts.Length != 2)
            {
                throw new FormatException($"The winter stand-down is MM-DD/MM-DD, not \"{WinterStandDown}\".");
            }

            from = MonthDay(parts[0]);
            to = MonthDay(parts[1]);
        }

        return new WorkCalendar(StartDate, WorkDaysPerWeek, from, to, Holidays.Select(MonthDay));
    }

    /// <summary>The productivity table these assumptions describe.</summary>
    public ProductivityTable Productivity()
    {
        var table = ProductivityTable.Defaults.With(ProductivityOverrides);
        return ProductivityFactor == 1 ? table : table.Scaled(ProductivityFactor);
    }

    private static (int Month, int Day) MonthDay(string text)
    {
        if (DateOnly.TryParseExact("2000-" + text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return (d.Month, d.Day);
        }

        throw new FormatException($"A month and day is written MM-DD, not \"{text}\".");
    }
}
