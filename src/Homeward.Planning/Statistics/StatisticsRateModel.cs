using System.Globalization;

namespace Homeward.Planning.Statistics;

/// <summary>
/// The fitted release-rate model: log rate (m²/day) = productivity level + capacity level + capacity trend·t + noise with a
/// capacity basis, or rate level + trend·t + noise without one; t in years since the middle of the last period.
/// </summary>
internal sealed class StatisticsRateModel
{
    private readonly LogLinearFit _rate;
    private readonly LogLinearFit? _capacity;

    private StatisticsRateModel(string basis, int periods, LogLinearFit rate, LogLinearFit? capacity)
    {
        Basis = basis;
        Periods = periods;
        _rate = rate;
        _capacity = capacity;
    }

    public string Basis { get; }

    public int Periods { get; }

    public static StatisticsRateModel Fit(ProgrammeStatistics statistics, StatisticsForecastOptions options, List<string> notes)
    {
        var all = statistics.Periods;
        var window = all.Skip(Math.Max(0, all.Count - options.TrendPeriods)).ToList();
        var origin = all[^1].MidDayNumber;
        var x = window.Select(p => (p.MidDayNumber - origin) / 365.25).ToList();

        // A period that released nothing has no log rate: it counts as 1 % of the mean positive rate (a stand-down year, not −∞).
        var positive = window.Where(p => p.ReleasedM2 > 0).ToList();
        var floor = 0.01 * (positive.Count > 0 ? positive : all.Where(p => p.ReleasedM2 > 0)).Average(p => p.ReleasedM2PerDay);
        if (window.Any(p => p.ReleasedM2 <= 0))
        {
            notes.Add("Periods that released nothing count as 1 % of the mean rate of the others.");
        }

        var logRate = window.Select(p => Math.Log(Math.Max(p.ReleasedM2PerDay, floor))).ToList();
        var (basis, capacity) = Capacity(window, options);
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"Fitted on the last {window.Count} period(s) ({window[0].Start:yyyy-MM-dd} to {window[^1].End:yyyy-MM-dd})."));
        if (capacity is null)
        {
            notes.Add("No complete capacity columns in those periods: the release rate per day carries the trend.");
            var fit = LogLinearFit.Fit(x, logRate, withSlope: true, options.FallbackLogSigma);
            AddTrendNote(notes, fit, window.Count);
            return new StatisticsRateModel(basis, window.Count, fit, null);
        }

        notes.Add(basis == "per-team-day"
            ? "Release is normalised by teams: productivity per team-day is taken as stationary, and the number of teams carries the trend."
            : string.Create(CultureInfo.InvariantCulture,
                $"Release is normalised by deminer-equivalents (a dog = {options.DogDeminerEquivalents}, a machine = {options.MachineDeminerEquivalents} deminers): productivity is taken as stationary, and capacity carries the trend."));
        var productivity = LogLinearFit.Fit(x, [.. logRate.Select((r, i) => r - Math.Log(capacity[i]))], withSlope: false, options.FallbackLogSigma);
        var capacityFit = LogLinearFit.Fit(x, [.. capacity.Select(c => Math.Log(c))], withSlope: true, options.FallbackLogSigma);
        AddTrendNote(notes, capacityFit, window.Count);
        return new StatisticsRateModel(basis, window.Count, productivity, capacityFit);
    }

    public Draw Draw(System.Random random)
    {
        var (a, b, sigma) = _rate.Draw(random);
        if (_capacity is null)
        {
            return new Draw(a, b, sigma, 0);
        }

        var (ac, bc, sigmaC) = _capacity.Draw(random);
        return new Draw(a + ac, bc, sigma, sigmaC);
    }

    public StatisticsModelFit Describe(int stepDays, List<double> revisions, double? surveyShare)
    {
        var trend = _capacity ?? _rate;
        var level = _rate.Intercept + (_capacity?.Intercept ?? 0);
        var sigma = Math.Sqrt((_rate.Sigma * _rate.Sigma) + (_capacity is null ? 0 : _capacity.Sigma * _capacity.Sigma));
        return new StatisticsModelFit(Basis, Periods, Math.Exp(level), _capacity is null ? null : Math.Exp(_rate.Intercept),
            _capacity is null ? null : Math.Exp(_capacity.Intercept), Math.Exp(trend.Slope) - 1, trend.SlopeStandardError, sigma,
            revisions.Count > 0 ? revisions.Average() : null, revisions.Count, surveyShare, stepDays);
    }

    private static void AddTrendNote(List<string> notes, LogLinearFit fit, int periods)
    {
        if (!fit.HasSlope)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{periods} period(s) are too few for a trend (it needs 4): the level is held flat."));
        }

        if (fit.DegreesOfFreedom == 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"One period gives no variability: a log standard deviation of {fit.FallbackSigma} is assumed."));
        }
    }

    /// <summary>The capacity of each period (teams or deminer-equivalents), or null when the columns are not complete and positive.</summary>
    private static (string Basis, List<double>? Capacity) Capacity(List<StatisticsPeriod> window, StatisticsForecastOptions options)
    {
        var deminers = window.Any(p => p.Deminers is not null);
        var dogs = window.Any(p => p.Dogs is not null);
        var machines = window.Any(p => p.Machines is not null);
        if ((deminers || dogs || machines)
            && window.All(p => (!deminers || p.Deminers is not null) && (!dogs || p.Dogs is not null) && (!machines || p.Machines is not null)))
        {
            var equivalents = window
                .Select(p => (p.Deminers ?? 0) + (options.DogDeminerEquivalents * (p.Dogs ?? 0)) + (options.MachineDeminerEquivalents * (p.Machines ?? 0)))
                .ToList();
            if (equivalents.All(e => e > 0))
            {
                return ("per-deminer-equivalent-day", equivalents);
            }
        }

        if (window.All(p => p.Teams > 0))
        {
            return ("per-team-day", [.. window.Select(p => p.Teams!.Value)]);
        }

        return ("per-day", null);
    }
}
