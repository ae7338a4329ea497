using Homeward.Domain;
using Homeward.Domain.Objects;
using Homeward.Domain.Storage;
using Homeward.Planning.Forecast;
using Homeward.Planning.Model;
using Homeward.Planning.Plans;

namespace Homeward.Planning.Backtesting;

/// <summary>
/// Forecasts from the database as it was on a date and compares with what was recorded later: the national remaining
/// area month by month (error of the median, and whether the record fell in the P10–P90 band) and the closing date
/// of every hazard closed since. Productivity is first calibrated to the area released in the year before the date,
/// as a planner would, since the reference's team rates describe teams, not a programme's whole output.
/// </summary>
public static class StoreBacktest
{
    /// <summary>Runs the back-test.</summary>
    public static async Task<(StoreBacktestResult Result, ClearanceForecast Forecast, ClearancePlan Plan)> RunAsync(
        IHomewardStore store, PlanningAssumptions assumptions, ClearancePlanOptions planOptions, ForecastOptions forecastOptions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(assumptions);
        var asOfDate = assumptions.StartDate;
        var asOf = new DateTimeOffset(asOfDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        // Everything released, as recorded now.
        var releasedNow = new List<ReleasedArea>();
        await foreach (var s in store.ListAsync(ObjectKind.ReleasedArea, null, cancellationToken).ConfigureAwait(false))
        {
            releasedNow.Add((ReleasedArea)s.State);
        }

        var statusNow = new Dictionary<Guid, HazardStatus>();
        await foreach (var s in store.ListAsync(ObjectKind.HazardousArea, null, cancellationToken).ConfigureAwait(false))
        {
            statusNow[s.State.Id] = ((HazardousArea)s.State).Status;
        }

        var dataEnd = releasedNow.Count == 0 ? asOfDate : releasedNow.Max(r => r.ReleasedOn);
        // The programme's recent output: the last half-year, annualised (a growing programme is judged by its
        // current pace, not last year's average), and whether it works through the winter at all.
        var observedHalfYear = 0.0;
        var lastYear = 0.0;
        var yearBefore = 0.0;
        var releasesInTwoYears = 0;
        var releasesInStandDown = 0;
        var calendarAsRecorded = assumptions.Calendar();
        await foreach (var s in store.ListAsync(ObjectKind.ReleasedArea, asOf, cancellationToken).ConfigureAwait(false))
        {
            var r = (ReleasedArea)s.State;
            if (r.ReleasedOn >= asOfDate.AddDays(-182) && r.ReleasedOn < asOfDate)
            {
                observedHalfYear += r.AreaSquareMetres;
            }

            if (r.ReleasedOn >= asOfDate.AddYears(-1) && r.ReleasedOn < asOfDate)
            {
                lastYear += r.AreaSquareMetres;
            }
            else if (r.ReleasedOn >= asOfDate.AddYears(-2) && r.ReleasedOn < asOfDate.AddYears(-1))
            {
                yearBefore += r.AreaSquareMetres;
            }

            if (r.ReleasedOn >= asOfDate.AddYears(-2) && r.ReleasedOn < asOfDate)
            {
                releasesInTwoYears++;
                releasesInStandDown += calendarAsRecorded.IsInStandDown(r.ReleasedOn) ? 1 : 0;
            }
        }

        if (assumptions.WinterStandDown is not null && releasesInTwoYears >= 20 && releasesInStandDown >= releasesInTwoYears * 0.05)
        {
            // The record shows work through the stand-down: this programme does not stop for winter.
            assumptions = assumptions with { WinterStandDown = null };
        }

        var observedYear = observedHalfYear * 365 / 182;
        if (assumptions.CapacityGrowthPerYear is null && lastYear > 0 && yearBefore > 0)
        {
            // The output's growth over the last two years, carried forward with its uncertainty (from none to
            // twice as much).
            var growth = Math.Clamp((lastYear / yearBefore) - 1, -0.5, 1.0);
            assumptions = assumptions with
            {
                CapacityGrowthPerYear = growth >= 0 ? new ThreePointEstimate(0, growth, 2 * growth) : new ThreePointEstimate(Math.Max(-0.9, 2 * growth), growth, 0),
            };
        }

        var factor = 1.0;
        if (observedYear > 0)
        {
            var first = await PlanningModelBuilder.BuildAsync(store, assumptions, asOf, cancellationToken).ConfigureAwait(false);
            var quick = ClearancePlanner.Plan(first, planOptions with { UseCpSat = false });
            var yearEnd = asOfDate.AddDays(365);
            var releasesById = first.Packages.ToDictionary(p => p.Id, p => p.ReleasesSquareMetres, StringComparer.Ordinal);
            var expectedYear = quick.Assignments.Where(a => a.End < yearEnd).Sum(a => releasesById[a.WorkPackage]);
            if (expectedYear > 0)
            {
                factor = Math.Clamp(observedYear / expectedYear, 0.02, 50);
            }
        }

        var calibrated = assumptions with { ProductivityFactor = assumptions.ProductivityFactor * factor };
        var model = await PlanningModelBuilder.BuildAsync(store, calibrated, asOf, cancellationToken).ConfigureAwait(false);
        var plan = ClearancePlanner.Plan(model, planOptions);
        var forecast = MonteCarloForecaster.Forecast(plan, forecastOptions, cancellationToken);

        var hazardIds = model.Packages.Select(p => p.HazardId).ToHashSet();
        var hazardCodeById = model.Packages.GroupBy(p => p.HazardId).ToDictionary(g => g.Key, g => g.First().HazardCode);
        var laterReleases = releasedNow.Where(r => hazardIds.Contains(r.HazardousAreaId) && r.ReleasedOn >= asOfDate).ToArray();
        var points = forecast.National
            .Where(n => n.Date <= dataEnd.AddDays(1))
            .Select(n => new BacktestPoint(n.Date,
                Math.Max(0, forecast.StartRemainingSquareMetres - laterReleases.Where(r => r.ReleasedOn < n.Date).Sum(r => r.AreaSquareMetres)),
                n.RemainingM2P10, n.RemainingM2P50, n.RemainingM2P90))
            .ToArray();

        var hazardForecast = forecast.Hazards.ToDictionary(h => h.Code, StringComparer.Ordinal);
        var closed = hazardIds
            .Where(id => statusNow.TryGetValue(id, out var st) && st is not (HazardStatus.Open or HazardStatus.InProgress))
            .Select(id => (Code: hazardCodeById[id], Closed: laterReleases.Where(r => r.HazardousAreaId == id).Select(r => r.ReleasedOn).DefaultIfEmpty(asOfDate).Max()))
            .Where(h => hazardForecast.ContainsKey(h.Code))
            .ToArray();
        var inside = closed.Count(h => h.Closed >= hazardForecast[h.Code].P10 && h.Closed <= hazardForecast[h.Code].P90);
        var errors = closed.Select(h => (double)Math.Abs(hazardForecast[h.Code].P50.DayNumber - h.Closed.DayNumber)).Order().ToArray();
        var openPastP90 = hazardIds
            .Where(id => statusNow.TryGetValue(id, out var st) && st is HazardStatus.Open or HazardStatus.InProgress)
            .Count(id => hazardForecast.TryGetValue(hazardCodeById[id], out var f) && f.P90 < dataEnd);

        var result = new StoreBacktestResult(asOfDate, dataEnd, factor, points)
        {
            WinterStandDown = calibrated.WinterStandDown,
            CapacityGrowthPerYear = calibrated.CapacityGrowthPerYear?.MostLikely ?? 0,
            NationalMeanAbsoluteRelativeError = points.Length == 0 || forecast.StartRemainingSquareMetres <= 0
                ? 0
                : points.Average(p => Math.Abs(p.ErrorM2)) / forecast.StartRemainingSquareMetres,
            HazardsClosed = closed.Length,
            HazardCoverage = closed.Length == 0 ? 0 : inside / (double)closed.Length,
            HazardMedianAbsoluteErrorDays = errors.Length == 0 ? 0 : errors[errors.Length / 2],
            HazardsOpenPastP90 = openPastP90,
            HazardsForecast = hazardForecast.Count,
            ContainsSyntheticData = model.ContainsSyntheticData,
        };
        return (result, forecast, plan);
    }
}
